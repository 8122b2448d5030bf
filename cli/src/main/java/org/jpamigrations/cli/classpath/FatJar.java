package org.jpamigrations.cli.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A Spring Boot executable jar (or war): the application's classes in {@code BOOT-INF/classes} and its
 * dependencies as nested jars in {@code BOOT-INF/lib}, which no plain class loader reads. They are unpacked
 * into a temporary directory for the run.
 */
final class FatJar {

  /** Where each layout keeps the classes and the dependency jars. */
  private record Layout(String classes, List<String> libs) {}

  private static final List<Layout> LAYOUTS = List.of(
      new Layout("BOOT-INF/classes/", List.of("BOOT-INF/lib/")),
      new Layout("WEB-INF/classes/", List.of("WEB-INF/lib/", "WEB-INF/lib-provided/")));

  private FatJar() {}

  /** Whether the file is a jar with a {@code BOOT-INF} (or {@code WEB-INF}) folder. */
  static boolean isFatJar(Path path) throws IOException {
    return Files.isRegularFile(path) && layout(path) != null;
  }

  private static Layout layout(Path path) throws IOException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        for (Layout layout : LAYOUTS) {
          if (name.startsWith(layout.classes()) || layout.libs().stream().anyMatch(name::startsWith)) {
            return layout;
          }
        }
      }
      return null;
    } catch (ZipException e) {
      return null; // not a jar: a class path entry the class loader will ignore, as java -cp does
    }
  }

  /** Unpacks the classes and the nested jars; the result's class path lists the classes first. */
  static Extracted extract(Path jar) throws IOException {
    Layout layout = layout(jar);
    Path directory = Files.createTempDirectory("migrations-cli-");
    Extracted extracted = new Extracted(directory);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Path classes = directory.resolve("classes");
      Files.createDirectories(classes);
      extracted.classPath().add(classes);
      Map<String, Path> libs = new LinkedHashMap<>();
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (entry.isDirectory()) {
          continue;
        }
        if (name.startsWith(layout.classes())) {
          copy(zip, entry, classes, name.substring(layout.classes().length()));
        } else {
          for (String lib : layout.libs()) {
            String file = name.substring(Math.min(lib.length(), name.length()));
            if (name.startsWith(lib) && file.endsWith(".jar") && !file.contains("/")) {
              libs.put(name, copy(zip, entry, directory.resolve("lib"), file));
            }
          }
        }
      }
      extracted.classPath().addAll(ordered(zip, libs));
      return extracted;
    } catch (IOException | RuntimeException e) {
      extracted.close();
      throw e;
    }
  }

  /** The jars in the order of {@code classpath.idx}, the order Spring Boot itself uses; others after. */
  private static List<Path> ordered(ZipFile zip, Map<String, Path> libs) throws IOException {
    List<Path> ordered = new ArrayList<>();
    for (String index : List.of("BOOT-INF/classpath.idx", "WEB-INF/classpath.idx")) {
      ZipEntry entry = zip.getEntry(index);
      if (entry != null) {
        try (InputStream in = zip.getInputStream(entry)) {
          for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip().replaceFirst("^- ", "").replace("\"", "");
            Path lib = libs.remove(name);
            if (lib != null) {
              ordered.add(lib);
            }
          }
        }
      }
    }
    ordered.addAll(libs.values());
    return ordered;
  }

  private static Path copy(ZipFile zip, ZipEntry entry, Path root, String relative) throws IOException {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw new IOException("The jar entry " + entry.getName() + " points outside its folder; refusing to unpack it");
    }
    Files.createDirectories(target.getParent());
    try (InputStream in = zip.getInputStream(entry)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** What was unpacked: deleted by {@link #close()}, or when the process ends (a Job killed half-way). */
  static final class Extracted implements AutoCloseable {

    private final Path directory;
    private final List<Path> classPath = new ArrayList<>();
    private final Thread cleanup;

    Extracted(Path directory) {
      this.directory = directory;
      this.cleanup = new Thread(() -> delete(directory), "migrations-cli-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** The unpacked classes directory, then the jars. */
    List<Path> classPath() {
      return classPath;
    }

    @Override
    public void close() {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        return; // the hook deletes it
      }
      delete(directory);
    }

    private static void delete(Path directory) {
      if (!Files.exists(directory)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete the unpacked jar in " + directory + ": " + e.getMessage(), e);
      }
    }
  }
}
