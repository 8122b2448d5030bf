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

  private final List<URL> urls;
  private final List<FatJar.Extracted> extracted;

  private ApplicationClassPath(List<URL> urls, List<FatJar.Extracted> extracted) {
    this.urls = List.copyOf(urls);
    this.extracted = extracted;
  }

  /** Reads the entries, separated by the platform's path separator; unpacks the Spring Boot jars among them. */
  public static ApplicationClassPath open(String entries) {
    List<URL> urls = new ArrayList<>();
    List<FatJar.Extracted> extracted = new ArrayList<>();
    ApplicationClassPath classPath = new ApplicationClassPath(urls, extracted);
    try {
      for (String entry : entries.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          for (Path path : expand(entry.strip())) {
            if (FatJar.isFatJar(path)) {
              FatJar.Extracted unpacked = FatJar.extract(path);
              extracted.add(unpacked);
              unpacked.classPath().forEach(p -> urls.add(url(p)));
            } else {
              urls.add(url(path));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      classPath.close();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("Cannot read the classpath: " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    }
    return new ApplicationClassPath(urls, extracted);
  }

  /** The class path entries in order, Spring Boot jars replaced by what they hold. */
  public List<URL> urls() {
    return urls;
  }

  /** {@code dir/*}: the directory's jars, sorted by name as a shell lists them; any other entry as it is. */
  static List<Path> expand(String entry) throws IOException {
    if (entry.equals("*") || entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
      Path directory = Path.of(entry.substring(0, entry.length() - 1).isEmpty() ? "." : entry.substring(0,
          entry.length() - 1));
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
