package org.jpamigrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.diff.ModelChanges;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.jdbc.ConnectionSource;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.runner.AppliedState;
import org.jpamigrations.runner.Direction;
import org.jpamigrations.runner.Baseline;
import org.jpamigrations.runner.HistoryProblems;
import org.jpamigrations.runner.LoggingListener;
import org.jpamigrations.runner.MigrationRunner;
import org.jpamigrations.runner.RunListener;
import org.jpamigrations.runner.RunOptions;
import org.jpamigrations.runner.SqlScript;
import org.jpamigrations.runner.StepResult;

/**
 * The one way to apply migrations: from an application at start-up, the Spring Boot starter, the CLI
 * and the Maven goals alike.
 *
 * <pre>{@code
 * Migrations.configure(getClass().getClassLoader())
 *     .dataSource(dataSource)
 *     .packageName("com.example.db.migrations")
 *     .load()
 *     .upgrade();
 * }</pre>
 *
 * <p>Each call opens one connection, holds the database's migration lock while it changes anything,
 * and reports through the configured {@link RunListener} (by default {@link System.Logger}, under
 * {@code org.jpamigrations}). Failures throw {@link MigrationException} with what happened and the fix.
 */
public final class Migrations {

  private final Configuration config;
  private final List<MigrationScript> scripts;

  private Migrations(Configuration config, List<MigrationScript> scripts) {
    this.config = config;
    this.scripts = scripts;
  }

  /** Starts a configuration that finds migration classes and the JDBC driver through the class loader. */
  public static Configuration configure(ClassLoader classLoader) {
    return new Configuration(Objects.requireNonNull(classLoader, "classLoader"));
  }

  /** Starts a configuration on the thread's context class loader. */
  public static Configuration configure() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return configure(loader != null ? loader : Migrations.class.getClassLoader());
  }

  /** The migrations found, in the order upgrade applies them. */
  public List<MigrationScript> migrations() {
    return RevisionGraph.allowingHeads(scripts).ordered();
  }

  /**
   * The entity changes that no migration records: {@code mapped} (the schema the entities map to, as
   * {@link org.jpamigrations.extract.SchemaExtractor} reads it from Hibernate's metamodel) compared with
   * the schema the migrations record at their head. Needs no database.
   */
  public ModelChanges pendingModelChanges(Schema mapped) {
    return ModelChanges.between(RevisionGraph.of(scripts), mapped);
  }

  /** Applies every pending migration. */
  public MigrateResult upgrade() {
    return upgrade(null);
  }

  /**
   * Applies the pending migrations up to a target.
   *
   * @param target a revision, {@code head}, or {@code null} for the head
   */
  public MigrateResult upgrade(String target) {
    return migrate(target, true);
  }

  /**
   * Undoes applied migrations, latest first.
   *
   * @param target the applied revision to go back to, {@code base} to undo all, or {@code null} to undo
   *     the latest one
   */
  public MigrateResult downgrade(String target) {
    return migrate(target, false);
  }

  /** Where the database stands: applied, pending, failed and edited migrations. Changes nothing. */
  public MigrationStatus status() {
    RevisionGraph graph = RevisionGraph.allowingHeads(scripts);
    return withConnection(connection -> {
      AppliedState state = AppliedState.read(connection, history(), graph);
      return new MigrationStatus(config.connection.toString(), state.current(), state.rows(), state.pending(),
          state.failed(), HistoryProblems.find(state),
          graph.heads().stream().map(MigrationScript::revision).toList(), state.heldBack());
    });
  }

  /**
   * Fails unless the database has every migration applied, none failed, edited or missing: for an
   * application that migrates in a separate job and must not start on a database that is behind.
   */
  public MigrationStatus validate() {
    MigrationStatus status = status();
    List<String> problems = new ArrayList<>(status.problems());
    for (MigrationScript script : status.toRun()) {
      problems.add("PENDING: migration " + script.label() + " is not applied.");
    }
    for (MigrationScript script : status.heldBack()) {
      config.listener.info("Contract migration " + script.label() + " waits for the next release (held back).");
    }
    if (!problems.isEmpty()) {
      throw new MigrationException(status.database() + " does not match the migrations (" + problems.size()
          + (problems.size() == 1 ? " problem" : " problems") + "):\n  " + String.join("\n  ", problems)
          + "\nUpgrade the database, or fix the problems as each line says.");
    }
    config.listener.info("Valid: " + status.database() + " is at " + status.describeCurrent() + " with "
        + status.applied().size() + " applied " + (status.applied().size() == 1 ? "migration" : "migrations")
        + " and none pending.");
    return status;
  }

  /**
   * Records a revision and all it follows as applied without running them, for a database whose schema
   * already exists.
   *
   * @param target the revision the schema matches; {@code null} or {@code head} for the head
   * @param force stamp even a database without tables
   * @return the revisions recorded, oldest first
   */
  public List<String> stamp(String target, boolean force) {
    RevisionGraph graph = RevisionGraph.of(scripts);
    return withConnection(connection -> {
      Baseline.Stamped stamped = new Baseline(connection, dialect(connection), graph, history(),
          config.connection.toString()).stamp(target, force);
      List<MigrationScript> recorded = stamped.recorded();
      config.listener.info(recorded.isEmpty()
          ? "Nothing to stamp: " + config.connection + " already records " + stamped.revision()
          : "Stamped " + config.connection + " at " + stamped.revision() + ": recorded " + recorded.size()
              + (recorded.size() == 1 ? " migration" : " migrations") + " as applied without running them.");
      return recorded.stream().map(MigrationScript::revision).toList();
    });
  }

  /**
   * Stamps a database whose tables exist but whose history is empty (say, created by Hibernate's
   * {@code ddl-auto}) at a revision, so that upgrade continues from there. Does nothing on an empty
   * database or one with history.
   *
   * @return the revisions recorded; empty when nothing needed stamping
   */
  public List<String> baselineIfUnversioned(String revision) {
    boolean unversioned = withConnection(connection ->
        history().rows(connection).isEmpty() && Baseline.hasTables(connection, history()));
    return unversioned ? stamp(revision, false) : List.of();
  }

  /**
   * Clears the history rows of migrations that failed half-way, once the database was fixed by hand.
   *
   * @return the rows cleared, as they were
   */
  public List<AppliedRevision> repair() {
    RevisionGraph graph = RevisionGraph.allowingHeads(scripts);
    return withConnection(connection -> {
      List<AppliedRevision> cleared = runner(connection, graph).repair();
      if (cleared.isEmpty()) {
        config.listener.info("Nothing to repair: no failed migration is recorded in " + config.connection + ".");
      }
      for (AppliedRevision row : cleared) {
        config.listener.info(row.status() == AppliedRevision.Status.FAILED
            ? "Cleared the failed entry of migration " + row.revision()
                + ": the next upgrade applies it from its first statement."
            : "Cleared the failed undo of migration " + row.revision() + ": it is recorded as applied again.");
      }
      return cleared;
    });
  }

  /**
   * The SQL an upgrade or downgrade runs, with the history rows it writes, for a DBA to review and run.
   * Needs no database: no data source has to be configured.
   *
   * @param database the database to write for: a name such as {@code postgresql} or a Hibernate dialect
   * @param direction upgrade or downgrade
   * @param from the revision the database is at (default base for an upgrade, the head for a downgrade)
   * @param target where to go (default the head for an upgrade, the parent of {@code from} for a downgrade)
   */
  public String sql(String database, Direction direction, String from, String target) {
    return SqlScript.write(RevisionGraph.of(scripts), SqlDialects.forName(database), config.historyTable,
        direction, from, target, config.listener, config.options.ddlLockWait());
  }

  private MigrateResult migrate(String requested, boolean up) {
    RevisionGraph graph = RevisionGraph.of(scripts);
    return withConnection(connection -> {
      String target = graph.resolve(requested);
      if (up && target != null && !RevisionGraph.BASE.equals(target)) {
        refuseTargetBehind(connection, graph, target);
      }
      MigrationRunner runner = runner(connection, graph);
      List<StepResult> steps = up ? runner.upgrade(requested) : runner.downgrade(requested);
      String before = runner.startedAt();
      String after = steps.isEmpty() || config.options.dryRun() ? before : runner.reached(steps);
      config.listener.info(summary(up, before, after, steps));
      return new MigrateResult(config.connection.toString(), before, after, steps, config.options.dryRun());
    });
  }

  private String summary(boolean up, String before, String after, List<StepResult> steps) {
    String database = config.connection.toString();
    if (steps.isEmpty()) {
      return (up ? "Nothing to upgrade: " : "Nothing to downgrade: ") + database + " is at " + describe(before);
    }
    if (config.options.dryRun()) {
      return "Dry run: " + (up ? "upgrading " : "downgrading ") + database + " from " + describe(before)
          + " would " + (up ? "apply " : "undo ") + steps.size() + (steps.size() == 1 ? " migration" : " migrations")
          + " with the SQL above. Nothing was changed.";
    }
    return (up ? "Upgraded " : "Downgraded ") + database + " from " + describe(before) + " to " + describe(after)
        + ".";
  }

  /** An upgrade target the database is already past is a downgrade in disguise: say so, change nothing. */
  private void refuseTargetBehind(Connection connection, RevisionGraph graph, String target) {
    AppliedState state = AppliedState.read(connection, history(), graph);
    RevisionGraph followed = state.graph();
    String at = followed.resolve(target);
    followed.get(at);
    boolean behind = state.current().stream()
        .anyMatch(c -> !c.equals(at) && followed.lineage(c).contains(at));
    if (behind) {
      throw new MigrationException("Cannot upgrade to " + target + ": the database is already past it, at "
          + state.describeCurrent() + ". To go back to it, downgrade to " + target + ".");
    }
  }

  private MigrationRunner runner(Connection connection, RevisionGraph graph) {
    return new MigrationRunner(connection, () -> dialect(connection), graph, history(), config.listener,
        config.options);
  }

  private SqlDialect dialect(Connection connection) {
    return SqlDialects.forConnection(connection, config.dialect);
  }

  private HistoryTable history() {
    return new HistoryTable(config.historyTable);
  }

  private static String describe(String revision) {
    return revision == null ? AppliedState.describe(List.of()) : "revision " + revision;
  }

  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T withConnection(ConnectionWork<T> work) {
    ConnectionSource source = config.connection;
    if (source == null) {
      throw new MigrationException("No database to migrate: give a data source or a JDBC URL.");
    }
    try (Connection connection = source.open(config.classLoader)) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new MigrationException("Database error on " + source + ": " + source.hide(e.getMessage()), e);
    }
  }

  /** What to migrate, where, and how; {@link #load()} finds the migrations. */
  public static final class Configuration {

    private final ClassLoader classLoader;
    private ConnectionSource connection;
    private String packageName;
    private String historyTable = HistoryTable.DEFAULT_NAME;
    private String dialect;
    private RunOptions options = RunOptions.DEFAULTS;
    private RunListener listener = new LoggingListener();

    private Configuration(ClassLoader classLoader) {
      this.classLoader = classLoader;
    }

    /** Migrates through the application's data source (a pool is fine; one connection is used at a time). */
    public Configuration dataSource(DataSource dataSource) {
      this.connection = ConnectionSource.of(Objects.requireNonNull(dataSource, "dataSource"));
      return this;
    }

    /** Migrates through a JDBC URL; the driver is found on the class loader. */
    public Configuration dataSource(String url, String user, String password) {
      this.connection = new Database(url, user, password);
      return this;
    }

    public Configuration connectionSource(ConnectionSource source) {
      this.connection = Objects.requireNonNull(source, "source");
      return this;
    }

    /** The package that holds the migration classes, such as {@code com.example.db.migrations}. */
    public Configuration packageName(String packageName) {
      this.packageName = packageName;
      return this;
    }

    /** The history table; {@code jpa_migrations_history} by default. */
    public Configuration historyTable(String historyTable) {
      this.historyTable = historyTable == null || historyTable.isBlank() ? HistoryTable.DEFAULT_NAME : historyTable;
      return this;
    }

    /** A Hibernate dialect name or class, to override the one detected from the connection. */
    public Configuration dialect(String dialect) {
      this.dialect = dialect == null || dialect.isBlank() ? null : dialect;
      return this;
    }

    /** How long to wait for another instance's migration lock; 60 seconds by default. */
    public Configuration lockTimeout(Duration timeout) {
      this.options = options.withLockTimeout(timeout);
      return this;
    }

    /**
     * How long each migration statement waits for a table lock before the migration gives up and is tried again,
     * up to {@code retries} times, for migrations without their own {@code @LockTimeout}; {@code null}, the
     * default, to wait as the database does.
     */
    public Configuration ddlLockTimeout(Duration timeout, int retries) {
      this.options = options.withDdlLockTimeout(timeout, retries);
      return this;
    }

    /** All the run's options at once, as a caller that already holds them (the Maven goals) passes them on. */
    public Configuration options(RunOptions options) {
      this.options = options == null ? RunOptions.DEFAULTS : options;
      return this;
    }

    /** Accept applied migrations edited since they ran, recording their new checksum, instead of failing. */
    public Configuration acceptChanged(boolean accept) {
      this.options = options.withAcceptChanged(accept);
      return this;
    }

    /**
     * Runs contract migrations ({@code @Revision(contract = true)}) that an upgrade to the head would hold
     * back: once no instance of the application version before them runs.
     */
    public Configuration runContracts(boolean run) {
      this.options = options.withRunContracts(run);
      return this;
    }

    /**
     * Runs the migrations of a run in one transaction where the database's DDL takes part in transactions
     * (PostgreSQL, SQL Server): all of them take effect, or none. Elsewhere each runs in its own, as by default.
     */
    public Configuration group(boolean oneTransaction) {
      this.options = options.withGroup(oneTransaction);
      return this;
    }

    /** Report the statements through the listener instead of running them. */
    public Configuration dryRun(boolean dryRun) {
      this.options = options.withDryRun(dryRun);
      return this;
    }

    /** Where progress goes; by default {@link System.Logger} under {@code org.jpamigrations}. */
    public Configuration listener(RunListener listener) {
      this.listener = listener == null ? RunListener.NONE : listener;
      return this;
    }

    /**
     * Finds the migration classes. Fails when the package is missing, holds no migration, or a class in
     * it is broken: a misspelt package must never look like a database with nothing to do.
     */
    public Migrations load() {
      if (packageName == null || packageName.isBlank()) {
        throw new MigrationException("No migrations package: give the package that holds the migration classes,"
            + " such as com.example.db.migrations.");
      }
      Configuration copy = new Configuration(classLoader);
      copy.connection = connection;
      copy.packageName = packageName;
      copy.historyTable = historyTable;
      copy.dialect = dialect;
      copy.options = options;
      copy.listener = listener;
      return new Migrations(copy, MigrationLoader.loadRequired(classLoader, packageName));
    }
  }
}
