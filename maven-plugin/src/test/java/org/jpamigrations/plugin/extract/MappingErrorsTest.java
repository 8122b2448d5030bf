package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingErrorsTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void noEntitiesNamesTheDirectory(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("empty", dir);

    assertThatThrownBy(() -> MappingReader.read(classes, loader, Map.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessage("No @Entity classes found in " + classes
            + ". Add JPA entities to the project, or check that it compiled; entities of another module are read"
            + " where they are compiled, so run the goal there.");
  }

  @Test
  void anEmptyDirectoryHasNoEntities(@TempDir Path dir) {
    assertThatThrownBy(() -> MappingReader.read(dir, loader, Map.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("No @Entity classes found in " + dir);
  }

  @Test
  void invalidMappingGivesHibernatesReasonWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("broken", dir);

    assertThatThrownBy(() -> MappingReader.read(classes, loader, Map.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("The JPA mapping is invalid: ")
        .hasMessageContaining("Vendor")
        .hasMessageEndingWith(". Fix the entity or the setting it names and run again.")
        .hasCauseInstanceOf(RuntimeException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\tat ", "Exception:").hasLineCount(1));
  }

  @Test
  void invalidMappingMentionsClassesThatCouldNotBeLoaded(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("broken", dir);
    // A class file that names a Jakarta Persistence type, so that the scan tries to load it
    Files.write(Files.createDirectories(dir.resolve("com/example")).resolve("Gone.class"),
        "\u0001Ljakarta/persistence/Entity;".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> MappingReader.read(classes, loader, Map.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Fix the entity or the setting it names and run again.")
        .hasMessageEndingWith("These classes could not be loaded and were skipped: com.example.Gone.");
  }

  @Test
  void restoresTheContextClassLoader(@TempDir Path dir) throws Exception {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    Path classes = FixtureClasses.copy("broken", dir);
    ClassLoader project = new ClassLoader(loader) {};

    assertThatThrownBy(() -> MappingReader.read(classes, project, Map.of())).isInstanceOf(MigrationException.class);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }

  @Test
  void noEntitiesIsReportedBeforeSettingsHibernateCannotStartWith(@TempDir Path dir) throws Exception {
    // Hibernate's services start while the classes are scanned; the scan's finding still comes first.
    Path classes = FixtureClasses.copy("empty", dir);

    assertThatThrownBy(() -> MappingReader.read(classes, loader, Map.of("hibernate.dialect", "org.example.NoSuchDialect")))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("No @Entity classes found in " + classes);
  }

  @Test
  void unknownDialectIsASettingsProblem(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("shop", dir);

    assertThatThrownBy(() -> MappingReader.read(classes, loader, Map.of("hibernate.dialect", "org.example.NoSuchDialect")))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Hibernate cannot start with the settings ")
        .hasMessageContaining("org.example.NoSuchDialect")
        .hasMessageEndingWith("Check the Hibernate settings, such as hibernate.dialect.");
  }

  @Test
  void rootMessageIsTheInnermostOneWithoutItsFinalPeriod() {
    RuntimeException failure = new RuntimeException("outer", new IllegalStateException("Inner cause."));

    assertThat(MappingExtraction.rootMessage(failure)).isEqualTo("Inner cause");
    assertThat(MappingExtraction.rootMessage(new RuntimeException())).isEqualTo("java.lang.RuntimeException");
  }
}
