package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bean Validation read through the project's own class path: its provider, or none. What the
 * constraints do to the schema is compared with Hibernate's export in {@link ValidatedH2ExportTest}.
 */
class BeanValidationConstraintsTest {

  private static final Map<String, String> OFF = Map.of(BeanValidationConstraints.APPLY_TO_DDL, "false");

  private final ClassLoader plugin = getClass().getClassLoader();

  @Test
  void theProjectsProviderAppliesThemThroughItsOwnHibernate(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("validated", dir);
    Schema inProcess = MappingReader.read(classes, plugin, Map.of());

    try (URLClassLoader project = ProjectClassPath.loader(classes)) {
      Schema schema = MappingReader.readMapped(classes, project, Map.of()).schema();

      assertThat(schema).isEqualTo(inProcess);
      assertThat(schema.table("Member").findColumn("nickname").orElseThrow().type().length()).isEqualTo(40);
      assertThat(schema).isNotEqualTo(MappingReader.read(classes, plugin, OFF));
    }
  }

  @Test
  void withoutAProviderTheMappingIsUnchanged(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("validated", dir);

    // The Validation API stays, as many projects have it without a provider.
    try (URLClassLoader project = ProjectClassPath.loader(classes, jar -> jar.contains("hibernate-validator"))) {
      assertThat(MappingReader.readMapped(classes, project, Map.of()).schema())
          .isEqualTo(MappingReader.read(classes, plugin, OFF));
    }
  }

  @Test
  void theDdlModeWithoutAProviderFailsAsHibernateDoes(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("validated", dir);

    try (URLClassLoader project = ProjectClassPath.loader(classes, jar -> jar.contains("hibernate-validator"))) {
      assertThatThrownBy(() -> MappingReader.readMapped(classes, project, Map.of(BeanValidationConstraints.MODE, "ddl")))
          .isInstanceOf(MigrationException.class)
          .hasMessage("jakarta.persistence.validation.mode asks for Bean Validation's constraints in the DDL (ddl),"
              + " but the class path has no Bean Validation provider. Add one, such as"
              + " org.hibernate.validator:hibernate-validator, or set jakarta.persistence.validation.mode to auto or none.");
    }
  }

  @Test
  void aProviderThatCannotStartGivesOneLineWithTheWayOut(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("validated", dir);

    // Hibernate Validator starts only with an expression language implementation.
    try (URLClassLoader project = ProjectClassPath.loader(classes, jar -> jar.contains("expressly"))) {
      assertThatThrownBy(() -> MappingReader.readMapped(classes, project, Map.of()))
          .isInstanceOf(MigrationException.class)
          .hasNoCause()
          .hasMessageStartingWith("Bean Validation cannot start, so its constraints cannot be applied to the mapping: ")
          .hasMessageContaining("jakarta.el.ExpressionFactory")
          .hasMessageEndingWith("or set hibernate.validator.apply_to_ddl=false to read the mapping without them.")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

      assertThat(MappingReader.readMapped(classes, project, OFF).schema())
          .isEqualTo(MappingReader.read(classes, plugin, OFF));
    }
  }

  @Test
  void theCallbackModeLeavesTheDdlAlone(@TempDir Path dir) throws Exception {
    Path classes = FixtureClasses.copy("validated", dir);

    assertThat(MappingReader.read(classes, plugin, Map.of(BeanValidationConstraints.MODE, "callback")))
        .isEqualTo(MappingReader.read(classes, plugin, OFF));
  }

  @Test
  void modesAreReadAsHibernateReadsThem() {
    assertThat(BeanValidationConstraints.modes(Map.of())).containsExactly(ValidationMode.AUTO);
    assertThat(BeanValidationConstraints.modes(Map.of(BeanValidationConstraints.MODE, "")))
        .containsExactly(ValidationMode.AUTO);
    assertThat(BeanValidationConstraints.modes(Map.of(BeanValidationConstraints.MODE, "DDL, callback")))
        .isEqualTo(Set.of(ValidationMode.DDL, ValidationMode.CALLBACK));
    assertThat(BeanValidationConstraints.modes(Map.of(BeanValidationConstraints.LEGACY_MODE, "none")))
        .containsExactly(ValidationMode.NONE);
    assertThat(BeanValidationConstraints.modes(Map.of(
        BeanValidationConstraints.MODE, "ddl", BeanValidationConstraints.LEGACY_MODE, "none")))
        .containsExactly(ValidationMode.DDL);
  }

  @Test
  void anUnknownOrMixedModeIsRefused() {
    assertThatThrownBy(() -> BeanValidationConstraints.modes(Map.of(BeanValidationConstraints.MODE, "sometimes")))
        .isInstanceOf(MigrationException.class)
        .hasMessage("jakarta.persistence.validation.mode=sometimes is not a validation mode."
            + " Use auto, callback, ddl or none, as Hibernate takes them.");
    assertThatThrownBy(() -> BeanValidationConstraints.modes(Map.of(BeanValidationConstraints.MODE, "none,ddl")))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("mixes modes that exclude each other");
  }
}
