package org.jpamigrations.plugin.mojo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.config.MappingSettings;
import org.jpamigrations.plugin.config.SpringSettings;

/**
 * The goals that read the application's settings (its Spring Boot configuration) for a database or for
 * the mapping. Each subclass declares only the parameters its goals use, so that help:describe lists
 * nothing a goal ignores.
 */
abstract class AbstractApplicationMojo extends AbstractMigrationsMojo {

  /**
   * The Spring Boot profiles to read the application's configuration with, comma-separated, as
   * {@code spring.profiles.active} would give them when the application starts. Default: the profiles
   * the configuration itself activates.
   */
  @Parameter(property = "migrations.springProfiles")
  protected String springProfiles;

  /**
   * The database dialect, when detection is not wanted: {@code h2}, {@code postgresql}, {@code mysql},
   * {@code mariadb}, {@code sqlserver}, {@code oracle}, or a Hibernate dialect class name. When it is set,
   * generate and check also read the mapping for that database alone, for mappings only it supports
   * (a PostgreSQL {@code inet} column, say); the migrations they write may then not run elsewhere.
   */
  @Parameter(property = "migrations.dialect")
  protected String dialect;

  private SpringSettings spring;

  /** The application's Spring Boot environment, read once per goal; {@link SpringSettings#NONE} without Spring Boot. */
  protected SpringSettings springSettings() {
    if (spring == null) {
      List<String> profiles = springProfiles == null ? List.of() : Arrays.stream(springProfiles.split(","))
          .map(String::trim)
          .filter(profile -> !profile.isEmpty())
          .toList();
      try {
        spring = SpringSettings.read(mainClasspath(), project.getBasedir().toPath(), profiles);
      } catch (MojoExecutionException e) {
        throw new MigrationException(e.getMessage(), e);
      }
    }
    return spring;
  }

  /**
   * The database the migrations run on: {@code url} ({@code migrations.url}), else the application's
   * {@code spring.datasource.url}, else an embedded H2 file under target/.
   */
  protected DatabaseChoice database(String url) {
    return DatabaseChoice.choose(url, springSettings().dataSource(), "jdbc:h2:file:" + embeddedDatabase());
  }

  /** The embedded H2 database the goals use when none is configured, without H2's file extension. */
  protected Path embeddedDatabase() {
    return Path.of(project.getBuild().getDirectory(), "migrations-db", "h2");
  }

  /**
   * The settings Hibernate reads the mapping with: the application's own (Spring Boot defaults,
   * hibernate.properties, persistence.xml, its Spring Boot environment), the goal's parameters, and
   * the portable reading (H2's, whose types every database renders), or {@code migrations.dialect} when set.
   */
  protected Map<String, String> mappingSettings(ClassLoader projectLoader, MappingParameters parameters) {
    Map<String, String> overrides = new LinkedHashMap<>(parameters.hibernateProperties());
    overrides.put("hibernate.physical_naming_strategy", parameters.physicalNamingStrategy());
    overrides.put("hibernate.implicit_naming_strategy", parameters.implicitNamingStrategy());
    Map<String, String> settings = new LinkedHashMap<>(MappingSettings.resolve(
        classesDirectory(), projectLoader, parameters.persistenceUnit(), springSettings().hibernate(), overrides));
    settings.putAll(SqlDialects.hibernateSettings(null, dialect));
    if (settings.get("hibernate.physical_naming_strategy") == null) {
      List<String> applications = BuildModules.springBootDependents(BuildModules.project(session), project);
      if (!applications.isEmpty()) {
        getLog().warn("A Spring Boot application of this build uses these entities (" + String.join(", ", applications)
            + "), but its naming strategy and spring.jpa settings are not on " + project.getArtifactId() + "'s class"
            + " path: the mapping is read with Hibernate's default names here. Set physicalNamingStrategy (and"
            + " hibernateProperties) to what the application runs with: see the troubleshooting guide, 'The entities"
            + " live in another module'.");
      }
    }
    if (getLog().isDebugEnabled()) {
      getLog().debug("Hibernate settings for the mapping: " + settings);
    }
    return settings;
  }

  /** The parameters of the goals that read the mapping, which check and status declare each. */
  record MappingParameters(String physicalNamingStrategy, String implicitNamingStrategy, String persistenceUnit,
      Map<String, String> hibernateProperties) {}
}
