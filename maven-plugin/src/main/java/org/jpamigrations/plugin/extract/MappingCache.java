package org.jpamigrations.plugin.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jpamigrations.extract.SchemaExtractor;
import org.jpamigrations.plugin.project.PluginStatus;

/**
 * The last mapping read from a Maven build's classes, kept in {@code target/maven-status/jpa-migrations} with a
 * record of everything the read depended on: every file under the class path's directories and every jar (path,
 * size, time), the code that read it, the settings, Hibernate's system properties and the JDK. A read whose record
 * is the same gets the kept mapping back instead of booting Hibernate; anything else reads the mapping again.
 * {@code status}, {@code check} and a {@code generate} that finds nothing to write, run again on the same classes,
 * are then as quick as a goal that does not read the mapping.
 *
 * <p>Only a mapping that was read without error is kept, and only where the classes are a Maven build's (a
 * {@code maven-status} directory beside them). A kept file that cannot be read is read again. The file starts with
 * the record, then holds the mapping as {@link MappingCodec} writes it.
 */
final class MappingCache {

  /** The system properties Hibernate reads as settings besides the given ones. */
  private static final List<String> SETTING_PREFIXES = List.of("hibernate.", "jakarta.persistence.",
      "javax.persistence.");

  private final Path file;
  private final String inputs;

  private MappingCache(Path file, String inputs) {
    this.file = file;
    this.inputs = inputs;
  }

  /**
   * The cache of a read of these classes, through this class loader, with these settings; none where the classes
   * are not in a Maven build directory or the class loader is not a list of files.
   */
  static Optional<MappingCache> of(Path classesDirectory, ClassLoader projectLoader, Map<String, String> settings) {
    Path buildDirectory = classesDirectory.toAbsolutePath().getParent();
    if (buildDirectory == null || !Files.isDirectory(buildDirectory.resolve(PluginStatus.MAVEN_STATUS))
        || !(projectLoader instanceof URLClassLoader project)) {
      return Optional.empty();
    }
    Optional<List<Path>> read = paths(project);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    List<Path> projectPaths = read.get();
    Path classes = classesDirectory.toAbsolutePath();
    StringBuilder record = new StringBuilder("java ").append(Runtime.version()).append('\n');
    try {
      for (Path reader : readers()) {
        describe(reader, "reader ", record);
      }
      if (!projectPaths.contains(classes)) {
        describe(classes, "classes ", record);
      }
      for (Path path : projectPaths) {
        describe(path, "project ", record);
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
    new TreeMap<>(settings).forEach((name, value) -> record.append("setting ").append(name).append('=')
        .append(value).append('\n'));
    for (String name : new TreeSet<>(System.getProperties().stringPropertyNames())) {
      if (SETTING_PREFIXES.stream().anyMatch(name::startsWith)) {
        record.append("property ").append(name).append('=').append(System.getProperty(name)).append('\n');
      }
    }
    return Optional.of(new MappingCache(buildDirectory.resolve(PluginStatus.KEPT_MAPPING), record.toString()));
  }

  /** The record of the read's inputs, as the kept file starts with it. */
  String inputs() {
    return inputs;
  }

  /** The kept mapping, if it was read from the same inputs. */
  Optional<MappedSchema> find() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (!inputs.equals(MappingCodec.text(in))) {
        return Optional.empty();
      }
      return Optional.of(MappingCodec.read(in).asKept());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps the mapping for the next read; where it cannot be written, the next read reads it again. */
  void keep(MappedSchema mapped) {
    try {
      Files.createDirectories(file.getParent());
      Path written = Files.createTempFile(file.getParent(), "mapping", ".tmp");
      try {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written)))) {
          MappingCodec.text(inputs, out);
          MappingCodec.write(mapped, out);
        }
        // Whole or not at all: a goal running beside this one reads the last file or this one.
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(written);
      }
    } catch (IOException | RuntimeException e) {
      // Not kept: the next read boots Hibernate, as without a cache.
    }
  }

  /**
   * The code that reads the mapping: the plugin's whole class path where its class loader is a list of files (the
   * plugin's class realm), else the jars of the plugin, the model and the plugin's Hibernate.
   */
  private static List<Path> readers() throws URISyntaxException {
    Optional<List<Path>> plugin = paths(MappingCache.class.getClassLoader());
    if (plugin.isPresent()) {
      return plugin.get();
    }
    List<Path> readers = new ArrayList<>();
    for (Class<?> type : List.of(MappingCache.class, SchemaExtractor.class, org.hibernate.Version.class)) {
      readers.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath());
    }
    return readers;
  }

  /** The files and directories a class loader reads, in its order; none when it is not a list of files. */
  private static Optional<List<Path>> paths(ClassLoader loader) {
    if (!(loader instanceof URLClassLoader urls)) {
      return Optional.empty();
    }
    List<Path> paths = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      try {
        paths.add(new File(url.toURI()).toPath().toAbsolutePath());
      } catch (URISyntaxException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(paths);
  }

  /** A jar by its size and time; a directory by every file in it, sorted. */
  private static void describe(Path path, String kind, StringBuilder record) throws IOException {
    record.append(kind).append(path);
    if (Files.isRegularFile(path)) {
      stamp(Files.readAttributes(path, BasicFileAttributes.class), record.append(' ')).append('\n');
      return;
    }
    record.append('\n');
    if (!Files.isDirectory(path)) {
      return;
    }
    Map<String, String> files = new TreeMap<>();
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        files.put(path.relativize(file).toString(), stamp(attributes, new StringBuilder()).toString());
        return FileVisitResult.CONTINUE;
      }
    });
    files.forEach((name, stamp) -> record.append("  ").append(name).append(' ').append(stamp).append('\n'));
  }

  private static StringBuilder stamp(BasicFileAttributes attributes, StringBuilder to) {
    return to.append(attributes.size()).append(' ').append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }
}
