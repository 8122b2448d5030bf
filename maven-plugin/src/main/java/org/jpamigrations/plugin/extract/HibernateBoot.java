package org.jpamigrations.plugin.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.jpamigrations.migration.MigrationException;

/**
 * Builds Hibernate's boot metamodel for a set of classes, without a database connection, and hands
 * it to a function while Hibernate's services are still open.
 */
final class HibernateBoot {

  static final String DIALECT = "hibernate.dialect";
  static final String ALLOW_JDBC_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";
  static final String DEFAULT_DIALECT = "org.hibernate.dialect.H2Dialect";
  static final String DATABASE_VERSION = "jakarta.persistence.database-product-version";
  /**
   * Told no server version, a dialect assumes the oldest it supports, whose DDL codes stand in for newer
   * types: a UUID reads as binary(16) on MariaDB 10.6, where 10.7 and later have uuid. The mapping is
   * read as the newest server would read it, so that the model keeps the logical type; the dialect of
   * the database a migration runs on renders it for that server's real version (binary(16) on 10.6).
   */
  static final String NEWEST_VERSION = "9999";

  private HibernateBoot() {}

  /**
   * The settings used to boot: the given ones, with a dialect, the newest server version and no JDBC
   * access unless they say otherwise.
   */
  static Map<String, Object> settings(Map<String, String> given) {
    Map<String, Object> settings = new HashMap<>(given);
    settings.putIfAbsent(DIALECT, DEFAULT_DIALECT);
    settings.putIfAbsent(ALLOW_JDBC_METADATA_ACCESS, "false");
    if (given.keySet().stream().noneMatch(HibernateBoot::namesVersion)) {
      settings.put(DATABASE_VERSION, NEWEST_VERSION);
    }
    return settings;
  }

  /** {@code jakarta.persistence.database-major-version} and the like, old and new spellings. */
  private static boolean namesVersion(String setting) {
    String name = setting.toLowerCase(java.util.Locale.ROOT);
    return name.contains("database-major-version") || name.contains("database-minor-version")
        || name.contains("database-product-version") || name.contains("database_version");
  }

  /**
   * Builds the metadata as schema export sees it (with Bean Validation's constraints, validated,
   * columns in export order) and applies the function to it. Settings Hibernate cannot start with raise a {@link MigrationException};
   * Hibernate's mapping exceptions pass through unchanged.
   *
   * @param classes asked for once Hibernate's services have started, so that they can be found meanwhile
   */
  static <T> T withMetadata(Supplier<List<Class<?>>> classes, ClassLoader projectLoader, Map<String, String> settings,
      Function<Metadata, T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(projectLoader);
    BootstrapServiceRegistry bootstrap = null;
    StandardServiceRegistry registry = null;
    try (QuietLogging quiet = QuietLogging.hibernate()) {
      bootstrap = new BootstrapServiceRegistryBuilder()
          .applyClassLoaderService(new ProjectClassLoaderService(projectLoader)).build();
      Map<String, Object> effective = settings(settings);
      try {
        registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(effective).build();
        // Services start lazily: resolve the dialect now, so that a bad setting is reported as one.
        registry.requireService(JdbcEnvironment.class);
      } catch (RuntimeException e) {
        // Only the dialect is named: the settings may hold a password.
        throw new MigrationException("Hibernate cannot start with the settings ("
            + DIALECT + "=" + effective.get(DIALECT) + "): " + MappingExtraction.rootMessage(e)
            + ". Check the Hibernate settings, such as hibernate.dialect.", e);
      }
      MetadataSources sources = new MetadataSources(registry);
      classes.get().forEach(sources::addAnnotatedClass);
      MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
      // The session factory applies them before it orders the columns: a length may change the order.
      BeanValidationConstraints.apply(metadata, registry);
      metadata.validate();
      // The session factory orders columns this way before it exports the schema.
      metadata.orderColumns(true);
      return work.apply(metadata);
    } finally {
      if (registry != null) {
        StandardServiceRegistryBuilder.destroy(registry);
      }
      if (bootstrap != null) {
        bootstrap.close();
      }
      thread.setContextClassLoader(previous);
    }
  }
}
