package org.jpamigrations.plugin.mojo;

import java.net.URLClassLoader;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.extract.QuietLogging;
import org.jpamigrations.plugin.project.ModuleScope;
import org.jpamigrations.plugin.project.ProjectClassLoader;
import org.jpamigrations.runner.RunOptions;

/** The goals that talk to a database. */
abstract class AbstractDatabaseMojo extends AbstractApplicationMojo {

  /** Read by hand, not as a parameter: Maven prints a parameter's value with -X. */
  static final String PASSWORD_PROPERTY = "migrations.password";
  static final String PASSWORD_ENVIRONMENT = "MIGRATIONS_PASSWORD";

  /**
   * JDBC URL of the database. Default: the application's {@code spring.datasource.url}, else an embedded
   * H2 file database under {@code target/}.
   */
  @Parameter(property = "migrations.url")
  protected String url;

  /**
   * The database user. Default: the user of the server named by migrations.serverId, else, for the
   * application's Spring data source, spring.datasource.username.
   */
  @Parameter(property = "migrations.user")
  protected String user;

  // No @Parameter for the password: Maven prints every parameter's value with -X. The property
  // migrations.password is read by password() instead, and migrations.serverId reads settings.xml.

  /**
   * The id of a server entry in Maven's settings.xml whose username and password to connect with; the
   * password may be encrypted with mvn --encrypt-password.
   */
  @Parameter(property = "migrations.serverId")
  protected String serverId;

  /** Seconds to wait for another run's database lock. */
  @Parameter(property = "migrations.lockTimeout", defaultValue = "60")
  protected int lockTimeout;

  /**
   * How long each migration statement waits for a table lock before the migration gives up and is tried again,
   * as {@code 500ms}, {@code 2s} or {@code 1m}, for migrations without their own {@code @LockTimeout}. Unset, the
   * default: statements wait as the database makes them. Not the wait for another run's lock (lockTimeout).
   */
  @Parameter(property = "migrations.ddlLockTimeout")
  protected String ddlLockTimeout;

  /** How many times a migration is tried again after a lock timeout of migrations.ddlLockTimeout. */
  @Parameter(property = "migrations.ddlRetries", defaultValue = "5")
  protected int ddlRetries = LockWait.DEFAULT_RETRIES;

  @Parameter(defaultValue = "${settings}", readonly = true)
  protected Settings settings;

  @Component
  private SettingsDecrypter settingsDecrypter;

  /** Name of the table that records the applied migrations. */
  @Parameter(property = "migrations.historyTable", defaultValue = "jpa_migrations_history")
  protected String historyTable;

  @Override
  protected ModuleScope.Need need() {
    return ModuleScope.Need.CLASS_PATH;
  }

  @Override
  protected final void run() throws MojoExecutionException, MojoFailureException {
    if (lockTimeout < 0) {
      throw new MojoFailureException("migrations.lockTimeout is " + lockTimeout + ": give the seconds to wait for"
          + " another run's lock, 0 or more (default 60).");
    }
    DatabaseChoice database = database(url);
    if (readsDatabase()) {
      getLog().info("Database " + database.describe());
    }
    ServerCredentials credentials = database.credentials(
        ServerCredentials.resolve(settings, settingsDecrypter, serverId, blankToNull(user), password()));
    RunOptions options = options(RunOptions.DEFAULTS.withLockTimeout(Duration.ofSeconds(lockTimeout))
        .withDdlLockTimeout(ddlLockTimeout(), ddlRetries));
    try (QuietLogging quiet = QuietLogging.hibernate(getLog().isDebugEnabled());
        URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      if (readsDatabase()) {
        database.requireEmbeddedDriver(loader, project.getArtifactId());
      }
      MigrateCommand.Request request = new MigrateCommand.Request(
          new Database(database.url(), credentials.user(), credentials.password()), dialect, historyTable,
          packageName(), loader, blankToNull(target()), options);
      migrate(new MigrateCommand(), request);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }

  /** Whether this run connects to the database at all; the report does only when asked to. */
  protected boolean readsDatabase() {
    return true;
  }

  /** {@code migrations.ddlLockTimeout}, checked with {@code migrations.ddlRetries}; {@code null} when unset. */
  private Duration ddlLockTimeout() throws MojoFailureException {
    if (ddlRetries < 0 || ddlRetries > LockWait.MAX_RETRIES) {
      throw new MojoFailureException("migrations.ddlRetries is " + ddlRetries + ": give 0 to " + LockWait.MAX_RETRIES
          + " retries after a lock timeout (default " + LockWait.DEFAULT_RETRIES + ").");
    }
    if (ddlLockTimeout == null || ddlLockTimeout.isBlank()) {
      return null;
    }
    try {
      return LockWait.parse(ddlLockTimeout, "migrations.ddlLockTimeout");
    } catch (MigrationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** The revision the goal moves to or records, for the goals that take one ({@code migrations.target}). */
  protected String target() {
    return null;
  }

  protected abstract void migrate(MigrateCommand command, MigrateCommand.Request request);

  /** The run's options; a goal adds its own (dryRun, acceptChanged) to the common ones. */
  protected RunOptions options(RunOptions common) {
    return common;
  }

  /**
   * {@code migrations.password} as -D gives it, or the project's properties, else the environment's
   * {@code MIGRATIONS_PASSWORD}: the one form that no build log (the forked build's -X output included) shows.
   */
  private String password() {
    String key = PASSWORD_PROPERTY;
    String value = session.getUserProperties().getProperty(key);
    if (value == null) {
      value = session.getSystemProperties().getProperty(key);
    }
    if (value == null) {
      value = project.getProperties().getProperty(key);
    }
    if (value == null) {
      value = System.getenv(PASSWORD_ENVIRONMENT);
    }
    return value == null || value.isEmpty() ? null : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }


}
