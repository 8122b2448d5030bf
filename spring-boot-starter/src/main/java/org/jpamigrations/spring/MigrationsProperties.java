package org.jpamigrations.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The {@code migrations.*} settings of an application.
 *
 * @param enabled whether migrations run at start-up
 * @param packageName {@code migrations.package}: the package of the migration classes; required when enabled
 * @param historyTable the history table; {@code jpa_migrations_history} when empty
 * @param target the revision to upgrade to; the head when empty
 * @param validateOnStart check that the database has every migration applied instead of applying them
 * @param baselineOnEmpty stamp a database that has tables but no history at {@link #baselineRevision}, then upgrade
 * @param baselineRevision the revision such a database is stamped at; the head when empty
 * @param url a JDBC URL to migrate through instead of the application's DataSource
 * @param user a migration-only account; with no {@link #url}, on the DataSource's own URL
 * @param password that account's password
 * @param datasource the bean name of the DataSource to migrate; the primary (or only) one when empty
 * @param lockTimeout how long to wait for another instance holding the migration lock
 */
@ConfigurationProperties("migrations")
public record MigrationsProperties(
    @DefaultValue("true") boolean enabled,
    @Name("package") String packageName,
    String historyTable,
    String target,
    boolean validateOnStart,
    boolean baselineOnEmpty,
    String baselineRevision,
    String url,
    String user,
    String password,
    String datasource,
    @DefaultValue("60s") Duration lockTimeout) {

  /** The settings with nothing set, as the defaults make them. */
  public static MigrationsProperties defaults(String packageName) {
    return new MigrationsProperties(true, packageName, null, null, false, false, null, null, null, null, null,
        Duration.ofSeconds(60));
  }
}
