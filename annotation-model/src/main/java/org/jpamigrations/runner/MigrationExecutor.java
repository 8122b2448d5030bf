package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.Checksums;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.operation.Operation;

/**
 * Runs one migration, up or down, in its own transaction unless it opts out, and records it in the
 * history table with its statements. A failure that left the database half-way is recorded as such.
 * With a lock timeout ({@code @LockTimeout} or the run-wide one), a migration that gives up on a lock is rolled
 * back and run again, or, where it cannot be, the statement is run again alone ({@link LockRetry}).
 * Grouped ({@link RunOptions#group}), the migrations share one transaction, committed at the end of the run and
 * reported then, their history rows written together just before; a failure rolls back all of them. In a dry run
 * it only reports the statements.
 */
final class MigrationExecutor {

  private final Connection connection;
  private final SqlDialect dialect;
  private final RevisionGraph graph;
  private final HistoryTable history;
  private final RunListener listener;
  private final boolean dryRun;
  private final RunMessages messages;
  private final Optional<LockWait> ddlLockWait;
  /** Whether migrations share one transaction: asked for, and the database's DDL takes part in transactions. */
  private final boolean group;
  /** The migrations run in the open group transaction, reported once it commits. */
  private final List<StepResult> uncommitted = new ArrayList<>();
  /** The history rows of the migrations the open group applied, written together before it commits. */
  private final List<AppliedRevision> unrecorded = new ArrayList<>();
  /** The connection's auto-commit before the group transaction began; {@code null} while none is open. */
  private Boolean autoCommitBeforeGroup;

  /**
   * @param ddlLockWait the run-wide lock timeout for migrations without their own {@code @LockTimeout}
   * @param group run the migrations in one transaction where the database allows it
   */
  MigrationExecutor(Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history,
      RunListener listener, boolean dryRun, RunMessages messages, Optional<LockWait> ddlLockWait, boolean group) {
    this.ddlLockWait = ddlLockWait;
    this.group = group && dialect.transactionalDdl() && !dryRun;
    this.connection = connection;
    this.dialect = dialect;
    this.graph = graph;
    this.history = history;
    this.listener = listener;
    this.dryRun = dryRun;
    this.messages = messages;
  }

  /**
   * Runs the migrations in order, each in its own transaction or, grouped, all in one that commits at the end.
   * A failure in a group rolls back every migration of it, and the error says which.
   */
  List<StepResult> runAll(List<MigrationScript> scripts, Direction direction) {
    List<StepResult> results = new ArrayList<>();
    // Each migration leaves the connection in the mode it ran in, and the next one switches only if it needs the
    // other: a switch costs a round trip on MySQL, MariaDB and SQL Server. The caller gets its mode back at the end.
    boolean autoCommit = autoCommit();
    try {
      for (MigrationScript script : scripts) {
        results.add(run(script, direction));
      }
      commitGroup();
    } catch (RuntimeException e) {
      if (autoCommitBeforeGroup == null) {
        throw e;
      }
      rollback(e);
      throw new MigrationException(e.getMessage() + "\n  " + messages.rolledBackWith(direction, closeGroup()) + ".", e);
    } finally {
      restoreAutoCommit(autoCommit);
    }
    return results;
  }

  private StepResult run(MigrationScript script, Direction direction) {
    List<Operation> operations = direction == Direction.UP ? script.up() : script.down();
    List<Step> steps = MigrationPlan.of(graph, dialect, script, direction, operations);
    LockRetry retry = LockRetry.of(dialect, script, ddlLockWait, listener);
    boolean transactional = script.transactional();
    if (dryRun) {
      return dryRun(script, direction, operations, steps, retry, transactional);
    }
    if (transactional) {
      refuseOutsideTransaction(script, operations);
    }
    // A migration retried after a lock timeout is rolled back alone, which a shared transaction cannot do.
    boolean grouped = group && transactional && retry.lockWait().isEmpty();
    if (!grouped) {
      commitGroup();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(script, direction, operations, steps, transactional, grouped, retry, attempt);
      } catch (RolledBack again) {
        retry.pause(attempt, again.statement, "the migration");
      }
    }
  }

  /**
   * A transactional migration that gave up on a lock and was rolled back with nothing of it left behind: it runs
   * again whole.
   */
  private static final class RolledBack extends RuntimeException {
    private final String statement;

    RolledBack(String statement) {
      super(null, null, false, false);
      this.statement = statement;
    }
  }

  /**
   * One attempt at the migration, in its transaction if it has one, or in the group's; the lock timeout is set
   * for it first.
   */
  private StepResult attempt(MigrationScript script, Direction direction, List<Operation> operations,
      List<Step> steps, boolean transactional, boolean grouped, LockRetry retry, int attempt) {
    long start = System.nanoTime();
    int done = 0;
    boolean autoCommit = autoCommit();
    String restoreTimeout = null;
    try {
      if (grouped) {
        openGroup(autoCommit);
      } else if (autoCommit == transactional) {
        connection.setAutoCommit(!transactional);
      }
      restoreTimeout = retry.set(connection, transactional);
      try (Statement statement = connection.createStatement()) {
        for (Step step : steps) {
          done++;
          if (step instanceof Step.Sql sql) {
            // Data changes of a transaction may be gone with a timeout (innodb_rollback_on_timeout): within one,
            // only DDL that commits as it runs, after DDL that did, is run again alone.
            boolean alone = !transactional || (sql.ddl() && halfWay(true, steps, done));
            execute(statement, sql, retry, alone);
          } else if (step instanceof Step.Work work) {
            work.operation().work().run(connection);
          }
        }
      }
      done++;
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (direction == Direction.UP) {
        AppliedRevision row = new AppliedRevision(script.revision(), script.message(),
            Checksums.of(operations), Instant.now(), millis, System.getProperty("user.name"));
        if (grouped) {
          unrecorded.add(row);
        } else {
          history.insert(connection, row);
        }
      } else {
        history.delete(connection, script.revision());
        // Undone, a squash takes with it the rows of the revisions it replaces, if they ran here.
        for (String replaced : graph.replacedBy(script.revision())) {
          history.delete(connection, replaced);
        }
      }
      StepResult result = new StepResult(script.revision(), script.message(), direction, millis, steps.size(),
          RunMessages.summary(operations, steps.size()));
      if (grouped) {
        uncommitted.add(result);
      } else {
        if (transactional) {
          connection.commit();
        }
        listener.finished(result);
      }
      return result;
    } catch (SQLException | RuntimeException e) {
      if (transactional) {
        rollback(e);
      }
      List<StepResult> rolledBackWith = grouped ? closeGroup() : List.of();
      boolean halfWay = halfWay(transactional, steps, done);
      if (transactional && !halfWay && done >= 1 && done <= steps.size() && retry.mayRetry(e, attempt)) {
        throw new RolledBack(steps.get(done - 1).text());
      }
      boolean recorded = halfWay && recordFailure(script, direction, operations, steps, done, e);
      MigrationException failure =
          messages.failure(script, direction, steps, done, transactional, halfWay, recorded, rolledBackWith, e);
      throw retry.gaveUp(e) && done >= 1 && done <= steps.size() && steps.get(done - 1) instanceof Step.Sql sql
          ? messages.gaveUpOnLock(failure, script, retry.lockWait().orElseThrow(), sql.sql())
          : failure;
    } finally {
      retry.restore(connection, restoreTimeout);
    }
  }

  private void openGroup(boolean autoCommit) throws SQLException {
    if (autoCommitBeforeGroup == null) {
      autoCommitBeforeGroup = autoCommit;
      connection.setAutoCommit(false);
    }
  }

  /**
   * Records and commits the open group, then reports its migrations as applied (or undone); a failure to record or
   * commit rolls back all of them.
   */
  private void commitGroup() {
    if (autoCommitBeforeGroup == null) {
      return;
    }
    try {
      history.insertAll(connection, unrecorded);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      List<StepResult> lost = closeGroup();
      throw new MigrationException("Cannot record and commit the migrations of this run's transaction in table "
          + history.name() + ": " + e.getMessage() + "\n  " + messages.rolledBackWith(lost.get(0).direction(), lost)
          + ". Check that the database is reachable and that the user may write that table, and run again.", e);
    }
    closeGroup().forEach(listener::finished);
  }

  /** Ends the group: its migrations, and the connection back in the mode it had before. */
  private List<StepResult> closeGroup() {
    List<StepResult> closed = List.copyOf(uncommitted);
    uncommitted.clear();
    unrecorded.clear();
    if (autoCommitBeforeGroup != null) {
      restoreAutoCommit(autoCommitBeforeGroup);
      autoCommitBeforeGroup = null;
    }
    return closed;
  }

  /**
   * Runs one statement. Where the migration cannot start again whole ({@code alone}: it runs outside a
   * transaction, or schema changes before this one committed as they ran), a lock timeout retries the statement
   * alone; else it goes up to {@link #attempt}, which rolls back and runs the migration again.
   */
  private void execute(Statement statement, Step.Sql sql, LockRetry retry, boolean alone) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      listener.statement(sql.sql());
      try {
        statement.execute(sql.sql());
        return;
      } catch (SQLException e) {
        if (!alone || !retry.mayRetry(e, attempt)) {
          throw e;
        }
        retry.pause(attempt, sql.sql(), "the statement");
      }
    }
  }

  /** An operation the database runs only outside a transaction would fail half-way through the migration: stop first. */
  private void refuseOutsideTransaction(MigrationScript script, List<Operation> operations) {
    operations.stream().filter(dialect::outsideTransaction).findFirst().ifPresent(operation -> {
      throw new MigrationException("Migration " + script.label() + " cannot run on " + dialect.name() + " in a"
          + " transaction: " + operation.describe() + " must run outside one. Add @Revision(transactional = false)"
          + " to it. Nothing was run.");
    });
  }

  /** Reports the statements instead of running them, with the lock timeout the run would set. */
  private StepResult dryRun(MigrationScript script, Direction direction, List<Operation> operations, List<Step> steps,
      LockRetry retry, boolean transactional) {
    listener.statement("-- " + (direction == Direction.UP ? "apply " : "undo ") + script.label());
    if (retry.sql(transactional).supported()) {
      LockWait wait = retry.lockWait().orElseThrow();
      listener.statement("-- lock timeout " + wait.describe() + ": the run retries up to " + wait.retries()
          + " times after a timeout");
      retry.sql(transactional).set().forEach(listener::statement);
    }
    for (Step step : steps) {
      listener.statement(step instanceof Step.Sql sql ? sql.sql() : "-- Java code, not run in a dry run: " + step.text());
    }
    return new StepResult(script.revision(), script.message(), direction, 0, steps.size(),
        RunMessages.summary(operations, steps.size()));
  }

  /**
   * Whether the steps before the failed one may have left changes behind: outside a transaction any
   * step did; inside one, only schema changes on a database whose DDL commits as it runs.
   */
  private boolean halfWay(boolean transactional, List<Step> steps, int failedAt) {
    List<Step> before = steps.subList(0, Math.max(0, Math.min(failedAt - 1, steps.size())));
    if (!transactional) {
      return !before.isEmpty();
    }
    return !dialect.transactionalDdl() && before.stream().anyMatch(step -> step instanceof Step.Sql sql && sql.ddl());
  }

  /** Writes the FAILED (or UNDO_FAILED) row, committed at once; {@code false} when even that failed. */
  private boolean recordFailure(
      MigrationScript script, Direction direction, List<Operation> operations, List<Step> steps, int failedAt,
      Exception e) {
    String failure = RunMessages.recorded(steps, failedAt, e);
    try {
      connection.setAutoCommit(true);
      if (direction == Direction.UP) {
        history.insert(connection, new AppliedRevision(script.revision(), script.message(), Checksums.of(operations),
            Instant.now(), 0, System.getProperty("user.name"), AppliedRevision.Status.FAILED, failedAt, failure));
      } else {
        history.markUndoFailed(connection, script.revision(), failedAt, failure);
      }
      return true;
    } catch (SQLException | RuntimeException recording) {
      e.addSuppressed(recording);
      return false;
    }
  }

  private boolean autoCommit() {
    try {
      return connection.getAutoCommit();
    } catch (SQLException e) {
      throw new MigrationException("Cannot use the database connection: " + e.getMessage()
          + ". Check that the database is reachable.", e);
    }
  }

  private void rollback(Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void restoreAutoCommit(boolean autoCommit) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // The run's own outcome matters more than the connection's mode afterwards.
    }
  }
}
