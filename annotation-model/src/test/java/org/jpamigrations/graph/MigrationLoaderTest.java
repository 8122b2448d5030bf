package org.jpamigrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.fixtures.FixtureNames;
import org.jpamigrations.runner.fixtures.V1CreateCustomer;
import org.jpamigrations.runner.fixtures.V2AddEmail;
import org.jpamigrations.runner.fixtures.V3CreatePurchase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

  private static final String FIXTURES = FixtureNames.PACKAGE;
  private static final String FIXTURES_PATH = FIXTURES.replace('.', '/');

  @TempDir
  Path temp;

  @Test
  void findsTheMigrationsOfAPackageInADirectory() {
    List<MigrationScript> scripts = MigrationLoader.load(getClass().getClassLoader(), FIXTURES);

    // Abstract classes, plain classes, nested classes and sub-packages are left out.
    assertThat(scripts).extracting(MigrationScript::type)
        .containsExactly(V1CreateCustomer.class, V2AddEmail.class, V3CreatePurchase.class);
    MigrationScript first = scripts.get(0);
    assertThat(first.revision()).isEqualTo("20260101000001");
    assertThat(first.parents()).isEmpty();
    assertThat(first.message()).isEqualTo("create customer");
    assertThat(first.created()).isEqualTo("2026-01-01T00:00:01Z");
    assertThat(scripts.get(1).parents()).containsExactly("20260101000001");
  }

  @Test
  void findsTheMigrationsOfAPackageInAJar() throws Exception {
    Path jar = jarOfFixtures();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, new HidingFixtures())) {
      assertThat(loader.getResource(FIXTURES_PATH).getProtocol()).isEqualTo("jar");

      List<MigrationScript> scripts = MigrationLoader.load(loader, FIXTURES);

      assertThat(scripts).extracting(s -> s.type().getName()).containsExactly(
          V1CreateCustomer.class.getName(), V2AddEmail.class.getName(), V3CreatePurchase.class.getName());
      assertThat(scripts).allSatisfy(s -> assertThat(s.type().getClassLoader()).isSameAs(loader));
      assertThat(scripts.get(0).up()).hasSize(1);
    }
  }

  @Test
  void aPackageThatDoesNotExistHasNoMigrations() {
    assertThat(MigrationLoader.load(getClass().getClassLoader(), "org.jpamigrations.nothing.here")).isEmpty();
  }

  @Test
  void aMigrationWithoutRevisionIsAnError() {
    assertThatThrownBy(() -> MigrationLoader.load(getClass().getClassLoader(), FIXTURES + ".norevision"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining(FIXTURES + ".norevision.N2Unmarked")
        .hasMessageContaining("no @Revision");
  }

  @Test
  void twoClassesWithTheSameRevisionAreAnError() {
    assertThatThrownBy(() -> MigrationLoader.load(getClass().getClassLoader(), FIXTURES + ".duplicate"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Revision 60000000000001 is declared by two classes")
        .hasMessageContaining("D1First")
        .hasMessageContaining("D2Again");
  }

  @Test
  void aClassThatCannotBeLoadedIsAnError() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("classes/org/broken"));
    Files.write(dir.resolve("Broken.class"), new byte[64]); // no class file magic
    try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.resolve("classes").toUri().toURL()},
        getClass().getClassLoader())) {
      assertThatThrownBy(() -> MigrationLoader.load(loader, "org.broken"))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("Cannot load migration class org.broken.Broken: java.lang.ClassFormatError")
          .hasMessageEndingWith("Recompile the project (mvn compile) or fix the class.");
    }
  }

  @Test
  void aClassFileBeingWrittenByAnotherBuildIsReadOnceComplete() throws Exception {
    Path source = Path.of(getClass().getClassLoader().getResource(FIXTURES_PATH + "/V1CreateCustomer.class").toURI());
    byte[] bytes = Files.readAllBytes(source);
    Path dir = Files.createDirectories(temp.resolve("classes/" + FIXTURES_PATH));
    Path target = dir.resolve("V1CreateCustomer.class");
    Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Thread writer = new Thread(() -> {
      try {
        Thread.sleep(600);
        Files.write(target, bytes);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.resolve("classes").toUri().toURL()},
        new HidingFixtures())) {
      assertThat(MigrationLoader.load(loader, FIXTURES)).extracting(MigrationScript::revision)
          .containsExactly("20260101000001");
    } finally {
      writer.join();
    }
  }

  /** A jar of the fixture package, with directory entries as build tools write them. */
  private Path jarOfFixtures() throws Exception {
    Path classes = Path.of(getClass().getClassLoader().getResource(FIXTURES_PATH).toURI());
    Path jar = temp.resolve("fixtures.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      String dir = "";
      for (String part : FIXTURES_PATH.split("/")) {
        dir += part + "/";
        out.putNextEntry(new JarEntry(dir));
        out.closeEntry();
      }
      try (Stream<Path> files = Files.list(classes)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          out.putNextEntry(new JarEntry(FIXTURES_PATH + "/" + file.getFileName()));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  /** The test class path without the fixture package, so that only the jar can provide it. */
  private static final class HidingFixtures extends ClassLoader {
    HidingFixtures() {
      super(MigrationLoaderTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(FIXTURES + ".")) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      return name.startsWith(FIXTURES_PATH) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.startsWith(FIXTURES_PATH) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
