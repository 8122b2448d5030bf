package org.jpamigrations.cli.classpath;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The application's class path as {@code --classpath} gives it: jars, classes directories, {@code dir/*}
 * for every jar of a directory, and Spring Boot jars, which are unpacked into a temporary directory that
 * {@link #close()} deletes.
 */
public final class ApplicationClassPath implements AutoCloseable {

  /** An entry that does not exist or cannot be read: a usage error. */
  public static final class InvalidClassPathException extends RuntimeException {
    InvalidClassPathException(String message) {
      super(message);
    }
  }

  private final List<URL> urls = new ArrayList<>();
  private final List<FatJar.Extracted> extracted = new ArrayList<>();

  private ApplicationClassPath() {}

  /** Reads the entries, separated by the platform's path separator; unpacks the Spring Boot jars among them. */
  public static ApplicationClassPath open(String entries) {
    ApplicationClassPath classPath = new ApplicationClassPath();
    try {
      for (String entry : entries.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          for (Path path : expand(entry.strip())) {
            classPath.add(path);
          }
        }
      }
      return classPath;
    } catch (IOException e) {
      classPath.close();
      throw new UncheckedIOException("Cannot read the classpath: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      classPath.close();
      throw e;
    }
  }

  private void add(Path path) throws IOException {
    if (FatJar.isFatJar(path)) {
      FatJar.Extracted unpacked = FatJar.extract(path);
      extracted.add(unpacked);
      unpacked.classPath().forEach(p -> urls.add(url(p)));
    } else {
      urls.add(url(path));
    }
  }

  /** The class path entries in order, Spring Boot jars replaced by what they hold. */
  public List<URL> urls() {
    return List.copyOf(urls);
  }

  /** {@code dir/*}: the directory's jars, sorted by name as a shell lists them; any other entry as it is. */
  static List<Path> expand(String entry) throws IOException {
    if (entry.equals("*") || entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
      String folder = entry.substring(0, entry.length() - 1);
      Path directory = Path.of(folder.isEmpty() ? "." : folder);
      if (!Files.isDirectory(directory)) {
        throw new InvalidClassPathException("Classpath entry " + entry + " names no directory: " + directory
            + " does not exist");
      }
      List<Path> jars = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
        for (Path file : files) {
          if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") && Files.isRegularFile(file)) {
            jars.add(file);
          }
        }
      }
      jars.sort(null);
      return jars;
    }
    Path path = Path.of(entry);
    if (!Files.exists(path)) {
      throw new InvalidClassPathException("Classpath entry " + entry + " does not exist");
    }
    if (!Files.isReadable(path)) {
      throw new InvalidClassPathException("Classpath entry " + entry + " cannot be read");
    }
    return List.of(path);
  }

  private static URL url(Path path) {
    try {
      return path.toAbsolutePath().normalize().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new InvalidClassPathException("Classpath entry " + path + " is not a valid location: " + e.getMessage());
    }
  }

  /** Deletes what was unpacked. */
  @Override
  public void close() {
    extracted.forEach(FatJar.Extracted::close);
  }
}
