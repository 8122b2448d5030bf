package org.jpamigrations.plugin.extract;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jpamigrations.migration.MigrationException;

/**
 * Finds the JPA-annotated classes among compiled classes: entities, embeddables, mapped
 * superclasses and converters.
 */
public final class EntityScanner {

  /**
   * Annotations that make a class part of the mapping. Compared by name, because the project's class
   * loader may hold its own copy of the Jakarta Persistence API.
   */
  private static final Set<String> MAPPING_ANNOTATIONS = Set.of(
      "jakarta.persistence.Entity",
      "jakarta.persistence.Embeddable",
      "jakarta.persistence.MappedSuperclass",
      "jakarta.persistence.Converter");

  private static final String ENTITY = "jakarta.persistence.Entity";

  /**
   * How a class file names a Jakarta Persistence type: a class annotated with one of the annotations above holds
   * its descriptor, {@code Ljakarta/persistence/Entity;}, in its constant pool.
   */
  private static final byte[] PERSISTENCE_DESCRIPTOR = "Ljakarta/persistence/".getBytes(StandardCharsets.US_ASCII);
  private static final int[] SKIP = skips();

  private EntityScanner() {}

  /**
   * What a scan found.
   *
   * @param classes mapped classes, sorted by name
   * @param entityCount how many of them are {@code @Entity} classes
   * @param unloadable names of classes whose file names a Jakarta Persistence type but that could not be loaded,
   *     sorted
   */
  public record Result(List<Class<?>> classes, int entityCount, List<String> unloadable) {

    public Result {
      classes = List.copyOf(classes);
      unloadable = List.copyOf(unloadable);
    }
  }

  /**
   * Loads each class under the directory whose file names a Jakarta Persistence type, without initializing it,
   * and keeps the mapped ones. The others are never loaded: in an application most classes are not entities, and
   * loading one loads its supertypes and annotations too.
   */
  public static Result scan(Path classesDirectory, ClassLoader loader) {
    List<Class<?>> classes = new ArrayList<>();
    List<String> unloadable = new ArrayList<>();
    int entities = 0;
    for (ClassFile classFile : classFiles(classesDirectory)) {
      if (!namesPersistence(classFile.file())) {
        continue;
      }
      String name = classFile.name();
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        unloadable.add(name);
        continue;
      }
      Set<String> annotations = annotationNames(type);
      if (annotations.stream().anyMatch(MAPPING_ANNOTATIONS::contains)) {
        classes.add(type);
        if (annotations.contains(ENTITY)) {
          entities++;
        }
      }
    }
    return new Result(classes, entities, unloadable);
  }

  private static Set<String> annotationNames(Class<?> type) {
    try {
      Set<String> names = new java.util.HashSet<>();
      for (Annotation annotation : type.getDeclaredAnnotations()) {
        names.add(annotation.annotationType().getName());
      }
      return names;
    } catch (RuntimeException | LinkageError e) {
      // An annotation that cannot be read means the class cannot be mapped either.
      return Set.of();
    }
  }

  /**
   * Whether the class file holds a Jakarta Persistence descriptor; one that cannot be read is loaded to say why.
   * A Horspool search: it runs while the JVM is still cold, where skipping most bytes is what makes it cheap.
   */
  static boolean namesPersistence(Path classFile) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(classFile);
    } catch (IOException e) {
      return true;
    }
    int last = PERSISTENCE_DESCRIPTOR.length - 1;
    for (int at = 0; at + last < bytes.length; at += SKIP[bytes[at + last] & 0xff]) {
      int i = last;
      while (i >= 0 && bytes[at + i] == PERSISTENCE_DESCRIPTOR[i]) {
        i--;
      }
      if (i < 0) {
        return true;
      }
    }
    return false;
  }

  /** How far the search may move on when a byte ends its window: past it, unless the descriptor holds it. */
  private static int[] skips() {
    int[] skip = new int[256];
    Arrays.fill(skip, PERSISTENCE_DESCRIPTOR.length);
    for (int i = 0; i < PERSISTENCE_DESCRIPTOR.length - 1; i++) {
      skip[PERSISTENCE_DESCRIPTOR[i] & 0xff] = PERSISTENCE_DESCRIPTOR.length - 1 - i;
    }
    return skip;
  }

  /** A compiled class: its binary name and its file. */
  private record ClassFile(String name, Path file) {}

  /**
   * The class files under the directory, but module-info and package-info, sorted by binary name so that scans are
   * repeatable.
   */
  private static List<ClassFile> classFiles(Path classesDirectory) {
    if (!Files.isDirectory(classesDirectory)) {
      return List.of();
    }
    String separator = classesDirectory.getFileSystem().getSeparator();
    try (Stream<Path> files = Files.walk(classesDirectory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".class"))
          .map(file -> {
            String path = classesDirectory.relativize(file).toString();
            return new ClassFile(path.substring(0, path.length() - ".class".length()).replace(separator, "."), file);
          })
          .filter(found -> !found.name().endsWith("module-info") && !found.name().endsWith("package-info"))
          .sorted(Comparator.comparing(ClassFile::name))
          .toList();
    } catch (IOException e) {
      throw new MigrationException(
          "Cannot read the compiled classes in " + classesDirectory + ": " + e.getMessage()
              + ". Check that the directory exists and is readable.", e);
    }
  }
}
