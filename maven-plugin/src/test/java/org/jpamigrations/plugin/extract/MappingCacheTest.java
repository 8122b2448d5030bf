package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.plugin.project.PluginStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mapping read from a Maven build's classes is kept, and given back only while every input of the read is
 * unchanged: each case changes one input and expects Hibernate to read the mapping again.
 */
class MappingCacheTest {

  private static final Map<String, String> NO_SETTINGS = Map.of();

  /** Every fixture that maps, so that each kind of model part crosses the file and comes back equal. */
  @ParameterizedTest
  @ValueSource(strings = {"shop", "types", "checks", "named", "portable", "renamed", "sales", "validated"})
  void theKeptMappingIsTheOneHibernateReads(String fixture, @TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy(fixture, build(dir).resolve("classes"));
    try (URLClassLoader project = ProjectClassPath.loader(classes)) {
      MappedSchema read = MappingReader.readMapped(classes, project, NO_SETTINGS);
      MappedSchema kept = MappingReader.readMapped(classes, project, NO_SETTINGS);

      assertThat(read.kept()).isFalse();
      assertThat(kept.kept()).isTrue();
      assertThat(kept.schema()).isEqualTo(read.schema());
      assertThat(kept.hints()).isEqualTo(read.hints());
      assertThat(kept.hibernate()).isEqualTo(read.hibernate());
    }
    assertThat(dir.resolve("target").resolve(PluginStatus.KEPT_MAPPING)).isRegularFile();
  }

  @Test
  void aRecompiledClassIsReadAgain(@TempDir Path dir) throws Exception {
    Path classes = build(dir).resolve("classes");
    FixtureClasses.compileNote(dir, classes,
        "@jakarta.persistence.Entity public class Note { @jakarta.persistence.Id Long id; }");
    assertThat(columnsOfNote(classes)).containsExactly("id");

    FixtureClasses.compileNote(dir, classes,
        "@jakarta.persistence.Entity public class Note { @jakarta.persistence.Id Long id; String text; }");

    assertThat(columnsOfNote(classes)).containsExactlyInAnyOrder("id", "text");
  }

  @Test
  void aClassFileWrittenAgainIsReadAgainThoughItsSizeIsTheSame(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", build(dir).resolve("classes"));
    read(classes, NO_SETTINGS);
    Path oneClass = anyClassFile(classes);
    Files.setLastModifiedTime(oneClass, FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
    assertThat(read(classes, NO_SETTINGS).kept()).isTrue();
  }

  @Test
  void aClassAddedOrRemovedIsReadAgain(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", build(dir).resolve("classes"));
    read(classes, NO_SETTINGS);
    Path extra = anyClassFile(classes).resolveSibling("Extra.class");
    Files.write(extra, new byte[] {1});

    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
    Files.delete(extra);
    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
  }

  @Test
  void otherSettingsAreReadAgain(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", build(dir).resolve("classes"));
    read(classes, NO_SETTINGS);
    Map<String, String> postgres = Map.of("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");

    assertThat(read(classes, postgres).kept()).isFalse();
    assertThat(read(classes, postgres).kept()).isTrue();
    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
  }

  /** Hibernate takes settings from system properties too, such as {@code mvn -Dhibernate.…} sets. */
  @Test
  void hibernatesSystemPropertiesAreInputs(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", build(dir).resolve("classes"));
    read(classes, NO_SETTINGS);
    System.setProperty("hibernate.globally_quoted_identifiers", "true");
    try {
      assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
      assertThat(read(classes, NO_SETTINGS).kept()).isTrue();
    } finally {
      System.clearProperty("hibernate.globally_quoted_identifiers");
    }
    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
  }

  @Test
  void aJarOfTheClassPathIsAnInput(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", build(dir).resolve("classes"));
    Path jar = Files.write(dir.resolve("library.jar"), new byte[] {1, 2, 3});
    read(classes, jar);
    assertThat(read(classes, jar).kept()).isTrue();

    Files.write(jar, new byte[] {1, 2, 3, 4});

    assertThat(read(classes, jar).kept()).isFalse();
  }

  @Test
  void aMappingThatFailsIsNotKept(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("broken", build(dir).resolve("classes"));
    try (URLClassLoader project = ProjectClassPath.loader(classes)) {
      assertThatThrownBy(() -> MappingReader.readMapped(classes, project, NO_SETTINGS))
          .isInstanceOf(MigrationException.class);
    }
    assertThat(dir.resolve("target").resolve(PluginStatus.KEPT_MAPPING)).doesNotExist();
  }

  @Test
  void classesOutsideAMavenBuildAreNotKept(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", dir.resolve("classes"));
    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(file -> file.toString().endsWith(".bin"))).isEmpty();
    }
  }

  @Test
  void aDamagedFileIsReadAgainAndReplaced(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", build(dir).resolve("classes"));
    read(classes, NO_SETTINGS);
    Path kept = dir.resolve("target").resolve(PluginStatus.KEPT_MAPPING);
    byte[] whole = Files.readAllBytes(kept);
    Files.write(kept, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(read(classes, NO_SETTINGS).kept()).isFalse();
    assertThat(read(classes, NO_SETTINGS).kept()).isTrue();
  }

  @Test
  void aFileOfAnotherFormatIsReadAgain(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", build(dir).resolve("classes"));
    try (URLClassLoader project = ProjectClassPath.loader(classes)) {
      MappingCache cache = MappingCache.of(classes, project, NO_SETTINGS).orElseThrow();
      Path kept = dir.resolve("target").resolve(PluginStatus.KEPT_MAPPING);
      Files.createDirectories(kept.getParent());
      try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(kept))) {
        MappingCodec.text(cache.inputs(), out);
        out.writeInt(MappingCodec.FORMAT + 1);
      }

      assertThat(cache.find()).isEmpty();
    }
  }

  private static Path build(Path dir) throws Exception {
    Path target = dir.resolve("target");
    Files.createDirectories(target.resolve("maven-status"));
    return target;
  }

  private static MappedSchema read(Path classes, Map<String, String> settings) throws Exception {
    try (URLClassLoader project = ProjectClassPath.loader(classes)) {
      return MappingReader.readMapped(classes, project, settings);
    }
  }

  /** Read with one more jar on the class path, after the test class path. */
  private static MappedSchema read(Path classes, Path jar) throws Exception {
    try (URLClassLoader base = ProjectClassPath.loader(classes)) {
      List<URL> urls = new ArrayList<>(List.of(base.getURLs()));
      urls.add(jar.toUri().toURL());
      try (URLClassLoader project = new URLClassLoader(urls.toArray(URL[]::new), base.getParent())) {
        return MappingReader.readMapped(classes, project, NO_SETTINGS);
      }
    }
  }

  private static List<String> columnsOfNote(Path classes) throws Exception {
    return read(classes, NO_SETTINGS).schema().table("Note").columns().stream().map(Column::name).toList();
  }

  private static Path anyClassFile(Path classes) throws Exception {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(file -> file.toString().endsWith(".class")).sorted().findFirst().orElseThrow();
    }
  }
}
