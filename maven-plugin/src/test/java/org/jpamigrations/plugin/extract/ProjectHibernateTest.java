package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jpamigrations.extract.SchemaExtractor;

/** A project whose class path holds hibernate-core is read with that Hibernate, in a class loader of its own. */
class ProjectHibernateTest {

  private final ClassLoader plugin = getClass().getClassLoader();

  @Test
  void aProjectWithHibernateIsReadWithItAndGetsTheSameSchema(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", dir.resolve("classes"));
    Schema inProcess = MappingReader.read(classes, plugin, Map.of());

    try (URLClassLoader project = projectLoader(classes)) {
      MappedSchema mapped = MappingReader.readMapped(classes, project, Map.of());

      assertThat(mapped.hibernate().projects()).isTrue();
      assertThat(mapped.hibernate().version()).isEqualTo(MappingReader.pluginHibernateVersion());
      assertThat(mapped.schema()).isEqualTo(inProcess);
    }
  }

  @Test
  void renameHintsCrossTheClassLoader(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("renamed", dir.resolve("classes"));

    try (URLClassLoader project = projectLoader(classes)) {
      MappedSchema mapped = MappingReader.readMapped(classes, project, Map.of());

      assertThat(mapped.hints().formerTableNames("client")).containsExactly("customers", "customer");
      assertThat(mapped.hints().formerColumnNames("client", "full_name")).containsExactly("fullname");
    }
  }

  @Test
  void mappingErrorsCrossAsMigrationExceptions(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("broken", dir.resolve("classes"));

    try (URLClassLoader project = projectLoader(classes)) {
      assertThatThrownBy(() -> MappingReader.readMapped(classes, project, Map.of()))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("The JPA mapping is invalid: ");
    }
  }

  @Test
  void aProjectWithoutHibernateIsReadWithThePlugins(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", dir.resolve("classes"));

    try (URLClassLoader project = new URLClassLoader(new URL[] {classes.toUri().toURL()}, plugin)) {
      MappedSchema mapped = MappingReader.readMapped(classes, project, Map.of());

      assertThat(mapped.hibernate()).isEqualTo(new MappingHibernate(MappingReader.pluginHibernateVersion(), false));
      assertThat(mapped.hibernate().describe()).startsWith("the plugin's Hibernate ");
    }
  }

  @Test
  void hibernateOlderThanSixSixIsRefusedWithTheVersionFound(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", dir.resolve("classes"));
    Path oldHibernate = fakeHibernateJar(dir.resolve("hibernate-core-6.4.4.Final.jar"), "6.4.4.Final");

    try (URLClassLoader project = new URLClassLoader(
        new URL[] {classes.toUri().toURL(), oldHibernate.toUri().toURL()}, plugin)) {
      assertThatThrownBy(() -> MappingReader.readMapped(classes, project, Map.of()))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("The project uses Hibernate 6.4.4.Final (")
          .hasMessageContaining("hibernate-core-6.4.4.Final.jar")
          .hasMessageContaining("supports Hibernate 6.6 and later");
    }
  }

  @Test
  void versionsFromSixSixOnAreSupported() throws Exception {
    URL somewhere = new URL("file:/hibernate-core.jar");
    assertThat(new ProjectHibernate("6.6.0.Final", somewhere).supported()).isTrue();
    assertThat(new ProjectHibernate("6.6.56.Final", somewhere).supported()).isTrue();
    assertThat(new ProjectHibernate("7.4.13.Final", somewhere).supported()).isTrue();
    assertThat(new ProjectHibernate("6.5.3.Final", somewhere).supported()).isFalse();
    assertThat(new ProjectHibernate("5.6.15.Final", somewhere).supported()).isFalse();
    assertThat(new ProjectHibernate(null, somewhere).supported()).isTrue();
  }

  @Test
  void theVersionComesFromTheJarsManifest(@TempDir Path dir) throws Exception {
    Path jar = fakeHibernateJar(dir.resolve("hibernate-core.jar"), "6.6.56.Final");

    try (URLClassLoader project = new URLClassLoader(new URL[] {jar.toUri().toURL()}, plugin)) {
      assertThat(ProjectHibernate.find(project)).hasValueSatisfying(found -> {
        assertThat(found.version()).isEqualTo("6.6.56.Final");
        assertThat(found.location().toString()).contains("hibernate-core.jar");
      });
    }
  }

  @Test
  void onlyTheProjectsOwnClassPathCounts() {
    // The test class loader sees the plugin's Hibernate, but is not a project class path.
    assertThat(ProjectHibernate.find(plugin)).isEmpty();
  }

  @Test
  void theLoaderOverTheSameJarsIsKeptAndAChangedJarMakesANewOne(@TempDir Path dir) throws Exception {
    List<URL> pluginCode = List.of(MappingReader.class.getProtectionDomain().getCodeSource().getLocation());
    Path jar = fakeHibernateJar(dir.resolve("hibernate-core.jar"), "6.6.56.Final");
    List<URL> jars = List.of(jar.toUri().toURL());

    ExtractionClassLoader first = ExtractionLoaders.over(pluginCode, jars, plugin);
    assertThat(ExtractionLoaders.over(pluginCode, jars, plugin)).isSameAs(first);

    Files.setLastModifiedTime(jar, FileTime.fromMillis(0));
    assertThat(ExtractionLoaders.over(pluginCode, jars, plugin)).isNotSameAs(first);
  }

  @Test
  void eachReadLoadsTheCompiledClassesAfresh(@TempDir Path dir) throws Exception {
    // The same class compiled anew between two reads, as in a build daemon: the second read sees the change.
    Path classes = dir.resolve("classes");
    FixtureClasses.compileNote(dir, classes,
        "@jakarta.persistence.Entity public class Note { @jakarta.persistence.Id Long id; }");
    try (URLClassLoader project = projectLoader(classes)) {
      assertThat(MappingReader.readMapped(classes, project, Map.of()).schema().table("Note").columns())
          .extracting(Column::name).containsExactly("id");
    }
    FixtureClasses.compileNote(dir, classes,
        "@jakarta.persistence.Entity public class Note { @jakarta.persistence.Id Long id; String text; }");
    try (URLClassLoader project = projectLoader(classes)) {
      assertThat(MappingReader.readMapped(classes, project, Map.of()).schema().table("Note").columns())
          .extracting(Column::name).containsExactlyInAnyOrder("id", "text");
    }
  }

  @Test
  void onlyTheModelAndWhatCarriesItAreShared() {
    assertThat(ExtractionClassLoader.isShared("org.jpamigrations.model.Schema")).isTrue();
    assertThat(ExtractionClassLoader.isShared("org.jpamigrations.migration.MigrationException")).isTrue();
    assertThat(ExtractionClassLoader.isShared("org.jpamigrations.diff.RenameHints$TableHint")).isTrue();
    assertThat(ExtractionClassLoader.isShared(MappedSchema.class.getName())).isTrue();
    assertThat(ExtractionClassLoader.isShared(SchemaExtractor.class.getName())).isFalse();
    assertThat(ExtractionClassLoader.isShared(HibernateBoot.class.getName())).isFalse();
    assertThat(ExtractionClassLoader.isShared("org.hibernate.mapping.Table")).isFalse();
    assertThat(ExtractionClassLoader.isShared("jakarta.persistence.Entity")).isFalse();
    assertThat(ExtractionClassLoader.isShared("org.jpamigrations.dialect.SqlDialects")).isFalse();
  }

  private URLClassLoader projectLoader(Path classes) throws Exception {
    return ProjectClassPath.loader(classes);
  }

  private static Path fakeHibernateJar(Path jar, String version) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
      jarOut.putNextEntry(new JarEntry("org/hibernate/Version.class"));
      jarOut.write(new byte[] {0});
      jarOut.closeEntry();
    }
    return jar;
  }
}
