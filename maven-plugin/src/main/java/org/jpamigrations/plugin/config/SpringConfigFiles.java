package org.jpamigrations.plugin.config;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds which of the application's config files Spring Boot cannot parse. Boot reports a YAML error
 * without naming the file, so after a failure each candidate ({@code application*.properties},
 * {@code .yml}, {@code .yaml} in Boot's standard locations) is parsed again on its own, with Boot's
 * own loaders, until one fails.
 */
final class SpringConfigFiles {

  private SpringConfigFiles() {}

  /** The first file that Boot's loaders reject, with the reason; empty when each one parses. */
  static Optional<Broken> findBroken(ClassLoader loader, List<Path> classPath, Path baseDirectory) {
    for (Path file : candidates(classPath, baseDirectory)) {
      String name = file.getFileName().toString();
      String loaderName = name.endsWith(".properties")
          ? "org.springframework.boot.env.PropertiesPropertySourceLoader"
          : "org.springframework.boot.env.YamlPropertySourceLoader";
      try {
        Class<?> resourceType = Class.forName("org.springframework.core.io.Resource", false, loader);
        Object resource = Class.forName("org.springframework.core.io.FileSystemResource", true, loader)
            .getConstructor(Path.class).newInstance(file);
        Object sourceLoader = Class.forName(loaderName, true, loader).getConstructor().newInstance();
        sourceLoader.getClass().getMethod("load", String.class, resourceType).invoke(sourceLoader, name, resource);
      } catch (InvocationTargetException e) {
        return Optional.of(new Broken(file, e.getCause()));
      } catch (ReflectiveOperationException | LinkageError e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** @param file the file Boot cannot parse @param cause Boot's reason */
  record Broken(Path file, Throwable cause) {}

  private static List<Path> candidates(List<Path> classPath, Path baseDirectory) {
    List<Path> directories = new ArrayList<>();
    for (Path element : classPath) {
      if (Files.isDirectory(element)) {
        directories.add(element);
        directories.add(element.resolve("config"));
      }
    }
    directories.add(baseDirectory);
    directories.add(baseDirectory.resolve("config"));
    try (Stream<Path> nested = Files.isDirectory(baseDirectory.resolve("config"))
        ? Files.list(baseDirectory.resolve("config")) : Stream.empty()) {
      nested.filter(Files::isDirectory).sorted().forEach(directories::add);
    } catch (IOException e) {
      // Boot skips what it cannot list too.
    }
    List<Path> files = new ArrayList<>();
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (Stream<Path> list = Files.list(directory)) {
        list.filter(Files::isRegularFile)
            .filter(file -> file.getFileName().toString().matches("application.*\\.(properties|ya?ml)"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        // As above.
      }
    }
    return files;
  }
}
