package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Classes as a project would have them: the compiled classes of one fixture package copied to a directory of their
 * own, or a class compiled there from source.
 */
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

  /**
   * Compiles {@code Note}, one class of the default package, from this source into the classes directory, as a
   * project's build would compile it again after an edit.
   */
  static void compileNote(Path dir, Path classes, String source) throws Exception {
    Path file = Files.createDirectories(dir.resolve("src")).resolve("Note.java");
    Files.writeString(file, source);
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = Path.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).toString();
    int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath, file.toString());
    assertThat(status).as("javac").isZero();
  }

  static Path testClasses() {
    try {
      return Path.of(FixtureClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
