package org.jpamigrations.plugin.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hibernate settings that shape the schema an application gets at run time (naming strategies,
 * quoting, default schema, type mappings), gathered from where the application itself takes them, so
 * that generate reads the mapping exactly as the application will.
 *
 * <p>Later sources win: Spring Boot's defaults when Spring Boot is on the class path, then
 * {@code hibernate.properties}, then {@code META-INF/persistence.xml}, then the application's Spring
 * Boot environment ({@link SpringSettings}), then the plugin's own parameters.
 * Connection and schema-generation settings are left out: the plugin decides where it connects, and
 * {@code hibernate.dialect} comes from {@code migrations.url} or {@code migrations.dialect}.
 */
public final class MappingSettings {

  private MappingSettings() {}

  /**
   * @param classesDirectory the project's compiled classes and resources ({@code target/classes})
   * @param projectLoader the project's class loader, to detect Spring Boot
   * @param persistenceUnit the persistence unit to read from persistence.xml; {@code null} for the first
   * @param spring the Hibernate settings of the application's Spring Boot environment
   *     ({@link SpringSettings#hibernate()})
   * @param overrides the plugin's parameters, which win over everything else
   */
  public static Map<String, String> resolve(
      Path classesDirectory, ClassLoader projectLoader, String persistenceUnit, Map<String, String> spring,
      Map<String, String> overrides) {
    Map<String, String> settings = new LinkedHashMap<>(SpringBootDefaults.detect(projectLoader));
    settings.putAll(PropertiesFile.read(classesDirectory.resolve("hibernate.properties")));
    settings.putAll(PersistenceXml.read(classesDirectory.resolve("META-INF/persistence.xml"), persistenceUnit));
    settings.putAll(spring);
    overrides.forEach((key, value) -> {
      if (value != null && !value.isBlank()) {
        settings.put(key, value.trim());
      }
    });
    settings.keySet().removeIf(key -> !MappingSettings.shapesTheSchema(key));
    return settings;
  }

  /** Whether a setting belongs to the mapping rather than to the connection or schema generation. */
  static boolean shapesTheSchema(String key) {
    boolean hibernate = key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.")
        || key.startsWith("javax.persistence.");
    return hibernate
        && !key.equals("hibernate.dialect")
        && !key.startsWith("hibernate.connection.")
        && !key.startsWith("hibernate.hbm2ddl.")
        && !key.startsWith("hibernate.hikari.")
        && !key.startsWith("hibernate.c3p0.")
        && !key.startsWith("jakarta.persistence.jdbc.")
        && !key.startsWith("javax.persistence.jdbc.")
        && !key.startsWith("jakarta.persistence.schema-generation.")
        && !key.startsWith("javax.persistence.schema-generation.")
        && !key.contains("datasource");
  }
}
