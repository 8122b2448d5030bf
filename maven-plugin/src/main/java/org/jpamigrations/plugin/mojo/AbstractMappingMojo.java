package org.jpamigrations.plugin.mojo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that read the entities' mapping and compare it with the migrations: generate and check. */
abstract class AbstractMappingMojo extends AbstractApplicationMojo {

  /**
   * Hibernate physical naming strategy, as the application sets {@code hibernate.physical_naming_strategy}.
   * Default: what the application's own configuration says (Spring Boot's properties, persistence.xml).
   */
  @Parameter(property = "migrations.physicalNamingStrategy")
  protected String physicalNamingStrategy;

  /** Hibernate implicit naming strategy, as the application sets {@code hibernate.implicit_naming_strategy}. */
  @Parameter(property = "migrations.implicitNamingStrategy")
  protected String implicitNamingStrategy;

  /** The persistence unit of {@code META-INF/persistence.xml} whose properties apply; default: the first. */
  @Parameter(property = "migrations.persistenceUnit")
  protected String persistenceUnit;

  /** More Hibernate settings for reading the mapping ({@code hibernate.globally_quoted_identifiers}, ...). */
  @Parameter
  protected Map<String, String> hibernateProperties = new LinkedHashMap<>();

  protected Map<String, String> mappingSettings(ClassLoader projectLoader) {
    return mappingSettings(projectLoader, new MappingParameters(
        physicalNamingStrategy, implicitNamingStrategy, persistenceUnit, hibernateProperties));
  }
}
