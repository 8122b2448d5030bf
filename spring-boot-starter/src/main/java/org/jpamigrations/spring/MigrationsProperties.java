package org.jpamigrations.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The {@code migrations.*} settings of an application. The descriptions are what IDEs show for each property.
 *
 * @param enabled Whether to apply the migrations at start-up.
 * @param packageName The package of the migration classes, such as com.example.db.migrations. Required.
 * @param historyTable The history table. Default jpa_migrations_history.
 * @param target The revision to upgrade to. Default: the head.
 * @param validateOnStart Apply nothing: fail the start-up when a migration is pending, failed, edited or missing.
 * @param baselineOnEmpty Stamp a database that has tables but no history at baseline-revision, then upgrade.
 * @param baselineRevision The revision an unversioned database is stamped at. Default: the head.
 * @param url A JDBC URL to migrate instead of the application's DataSource.
 * @param user A migration-only account; without migrations.url, on the DataSource's own URL.
 * @param password The password of migrations.user.
 * @param datasource The bean name of the DataSource to migrate. Default: the primary (or only) one.
 * @param lockTimeout How long to wait for another instance that holds the migration lock.
 * @param failOnPendingModelChanges Fail the start-up when the entities have changes that no migration records.
 * @param contract Also run contract migrations that start-up holds back while the previous version may run.
 * @param ddlLockTimeout How long each migration statement waits for a table lock before the migration gives up and
 *     is tried again, for migrations without @LockTimeout. Default: wait as the database does.
 * @param ddlRetries How many times a migration is tried again after a lock timeout of ddl-lock-timeout. Default 5.
 * @param group Run the pending migrations in one transaction where the database's DDL takes part in transactions
 *     (PostgreSQL, SQL Server): all of them take effect, or none.
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
    @DefaultValue("60s") Duration lockTimeout,
    boolean failOnPendingModelChanges,
    Duration ddlLockTimeout,
    @DefaultValue("5") int ddlRetries,
    boolean contract,
    boolean group) {}
