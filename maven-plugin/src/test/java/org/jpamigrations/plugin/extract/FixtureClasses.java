package org.jpamigrations.plugin.extract;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the compiled classes of one fixture package to a directory of their own, as a project would have them. */
final class FixtureClasses {

  static final String FIXTURES = "org.jpamigrations.plugin.extract.fixtures.";

  private FixtureClasses() {}

  /** Copies {@code fixtures.<name>} into {@code target}, keeping the package directories; returns target. */
  static Path copy(String name, Path target) throws IOException {
    Path packageDir = FixtureClasses.testClasses().resolve((FIXTURES + name).replace('.', '/'));
    Path targetDir = target.resolve((FIXTURES + name).replace('.', '/'));
    Files.createDirectories(targetDir);
    try (Stream<Path> files = Files.list(packageDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, targetDir.resolve(file.getFileName()));
      }
    }
    return target;
  }

  /** The classes of a fixture package, loaded by the test class loader. */
  static List<Class<?>> load(String name, Path target) throws IOException {
    return EntityScanner.scan(copy(name, target), FixtureClasses.class.getClassLoader()).classes();
  }

  static Path testClasses() {
    try {
      return Path.of(FixtureClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
