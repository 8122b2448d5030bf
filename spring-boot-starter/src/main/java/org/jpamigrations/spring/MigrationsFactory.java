package org.jpamigrations.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jpamigrations.Migrations;
import org.jpamigrations.migration.LockWait;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;

/** Builds the {@link Migrations} of an application from its {@code migrations.*} settings. */
final class MigrationsFactory {

  private MigrationsFactory() {}

  /**
   * @param primary the DataSource to migrate when neither {@code migrations.url} nor {@code
   *     migrations.datasource} is set; {@code null} when the context has none or several without a primary
   */
  static Migrations create(MigrationsProperties properties, ListableBeanFactory beans, Supplier<DataSource> primary,
      ClassLoader classLoader) {
    if (isBlank(properties.packageName())) {
      throw new IllegalStateException("migrations.package is not set: the starter cannot find the migration"
          + " classes. Set migrations.package to their package (the one mvn migrations:init created, such as"
          + " com.example.db.migrations), or set migrations.enabled=false.");
    }
    Migrations.Configuration config = Migrations.configure(classLoader)
        .packageName(properties.packageName())
        .historyTable(properties.historyTable())
        .lockTimeout(properties.lockTimeout())
        .runContracts(properties.contract())
        .group(properties.group());
    ddlLockTimeout(config, properties);
    if (!isBlank(properties.url())) {
      config.dataSource(properties.url(), properties.user(), properties.password());
    } else {
      DataSource dataSource = dataSource(properties, beans, primary);
      if (!isBlank(properties.user())) {
        // A migration-only account on the application's database: its URL, other credentials.
        config.dataSource(urlOf(dataSource), properties.user(), properties.password());
      } else {
        config.dataSource(dataSource);
      }
    }
    return config.load();
  }

  private static DataSource dataSource(MigrationsProperties properties, ListableBeanFactory beans,
      Supplier<DataSource> primary) {
    String name = properties.datasource();
    if (!isBlank(name)) {
      try {
        return beans.getBean(name, DataSource.class);
      } catch (NoSuchBeanDefinitionException e) {
        throw new IllegalStateException("migrations.datasource names DataSource bean '" + name
            + "', which does not exist. Use one of " + Arrays.toString(beans.getBeanNamesForType(DataSource.class))
            + ".", e);
      }
    }
    DataSource dataSource = primary.get();
    if (dataSource == null) {
      throw new IllegalStateException("No DataSource to migrate: the application has "
          + (beans.getBeanNamesForType(DataSource.class).length == 0 ? "none" : "several and none is @Primary")
          + ". Set migrations.datasource to the bean name of the one to migrate, or migrations.url.");
    }
    return dataSource;
  }

  private static String urlOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the URL of the DataSource for migrations.user: "
          + e.getMessage() + ". Set migrations.url as well.", e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** {@code migrations.ddl-lock-timeout} and {@code migrations.ddl-retries}, checked with their names. */
  private static void ddlLockTimeout(Migrations.Configuration config, MigrationsProperties properties) {
    Duration timeout = properties.ddlLockTimeout();
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new IllegalStateException("migrations.ddl-lock-timeout is " + timeout + ": give more than zero, such as"
          + " 2s, or leave it unset for statements to wait as the database makes them.");
    }
    if (properties.ddlRetries() < 0 || properties.ddlRetries() > LockWait.MAX_RETRIES) {
      throw new IllegalStateException("migrations.ddl-retries is " + properties.ddlRetries() + ": give 0 to "
          + LockWait.MAX_RETRIES + " (default " + LockWait.DEFAULT_RETRIES + ").");
    }
    config.ddlLockTimeout(timeout, properties.ddlRetries());
  }
}
