package org.jpamigrations.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingSettingsTest {

  private static final String PHYSICAL = "hibernate.physical_naming_strategy";
  private static final String IMPLICIT = "hibernate.implicit_naming_strategy";

  @TempDir Path classes;

  private final ClassLoader plain = new URLClassLoader(new URL[0], null);

  @Test
  void nothingConfiguredGivesNoSettings() {
    assertThat(MappingSettings.resolve(classes, plain, null, Map.of(), Map.of())).isEmpty();
  }

  @Test
  void springBoot4OnTheClassPathBringsItsNamingStrategies(@TempDir Path jar) throws Exception {
    ClassLoader spring = loaderWith(jar, "org/springframework/boot/hibernate/SpringImplicitNamingStrategy.class");
    assertThat(MappingSettings.resolve(classes, spring, null, Map.of(), Map.of())).containsExactlyInAnyOrderEntriesOf(Map.of(
        PHYSICAL, "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        IMPLICIT, "org.springframework.boot.hibernate.SpringImplicitNamingStrategy"));
  }

  @Test
  void springBoot3IsRecognisedToo(@TempDir Path jar) throws Exception {
    ClassLoader spring = loaderWith(jar, "org/springframework/boot/orm/jpa/hibernate/SpringImplicitNamingStrategy.class");
    assertThat(MappingSettings.resolve(classes, spring, null, Map.of(), Map.of()))
        .containsEntry(IMPLICIT, "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
  }

  @Test
  void springEnvironmentWinsOverPersistenceXmlAndLosesToThePlugin() throws Exception {
    Files.createDirectories(classes.resolve("META-INF"));
    Files.writeString(classes.resolve("META-INF/persistence.xml"), """
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
          <persistence-unit name="app">
            <properties><property name="hibernate.default_schema" value="from_xml"/></properties>
          </persistence-unit>
        </persistence>
        """);
    Map<String, String> spring = Map.of(
        "hibernate.default_schema", "from_spring",
        PHYSICAL, "a.FromSpring",
        "hibernate.connection.url", "jdbc:h2:mem:ignored");
    assertThat(MappingSettings.resolve(classes, plain, null, spring, Map.of(PHYSICAL, "b.FromPlugin")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("hibernate.default_schema", "from_spring", PHYSICAL, "b.FromPlugin"));
  }

  @Test
  void persistenceXmlOfTheChosenUnitWinsOverHibernateProperties() throws Exception {
    Files.writeString(classes.resolve("hibernate.properties"), """
        hibernate.default_schema=from_properties
        hibernate.auto_quote_keyword=true
        hibernate.dialect=org.hibernate.dialect.PostgreSQLDialect
        """);
    Files.createDirectories(classes.resolve("META-INF"));
    Files.writeString(classes.resolve("META-INF/persistence.xml"), """
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
          <persistence-unit name="first">
            <properties><property name="hibernate.default_schema" value="first"/></properties>
          </persistence-unit>
          <persistence-unit name="second">
            <properties>
              <property name="hibernate.default_schema" value="second"/>
              <property name="jakarta.persistence.jdbc.url" value="jdbc:h2:mem:x"/>
              <property name="hibernate.hbm2ddl.auto" value="update"/>
            </properties>
          </persistence-unit>
        </persistence>
        """);
    assertThat(MappingSettings.resolve(classes, plain, null, Map.of(), Map.of())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "hibernate.default_schema", "first", "hibernate.auto_quote_keyword", "true"));
    assertThat(MappingSettings.resolve(classes, plain, "second", Map.of(), Map.of()))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "hibernate.default_schema", "second", "hibernate.auto_quote_keyword", "true"));
    assertThatThrownBy(() -> MappingSettings.resolve(classes, plain, "third", Map.of(), Map.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("no persistence unit third")
        .hasMessageContaining("first, second");
  }

  @Test
  void pluginParametersWinAndBlankOnesAreIgnored() throws Exception {
    Files.writeString(classes.resolve("hibernate.properties"), "hibernate.physical_naming_strategy=a.FromFile\n");
    Map<String, String> overrides = new HashMap<>();
    overrides.put(PHYSICAL, "b.FromPlugin");
    overrides.put(IMPLICIT, null);
    overrides.put("hibernate.globally_quoted_identifiers", " ");
    assertThat(MappingSettings.resolve(classes, plain, null, Map.of(), overrides))
        .containsExactlyInAnyOrderEntriesOf(Map.of(PHYSICAL, "b.FromPlugin"));
  }

  @Test
  void aBrokenFileIsNamed() throws Exception {
    Files.writeString(classes.resolve("hibernate.properties"), "hibernate.default_schema=\\u00zz\n");
    assertThatThrownBy(() -> MappingSettings.resolve(classes, plain, null, Map.of(), Map.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Cannot read " + classes.resolve("hibernate.properties"));
  }

  private static ClassLoader loaderWith(Path root, String resource) throws Exception {
    Path file = root.resolve(resource);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[0]);
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }
}
