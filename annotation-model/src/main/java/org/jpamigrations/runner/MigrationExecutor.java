package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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
import org.jpamigrations.migration.Revision;
import org.jpamigrations.operation.Operation;

/**
 * Runs one migration, up or down, in its own transaction unless it opts out, and records it in the
 * history table with its statements. A failure that left the database half-way is recorded as such.
 * With a lock timeout ({@code @LockTimeout} or the run-wide one), a migration that gives up on a lock is rolled
 * back and run again, or, where it cannot be, the statement is run again alone ({@link LockRetry}).
 * In a dry run it only reports the statements.
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

  /** @param ddlLockWait the run-wide lock timeout for migrations without their own {@code @LockTimeout} */
  MigrationExecutor(Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history,
      RunListener listener, boolean dryRun, RunMessages messages, Optional<LockWait> ddlLockWait) {
    this.ddlLockWait = ddlLockWait;
    this.connection = connection;
    this.dialect = dialect;
    this.graph = graph;
    this.history = history;
    this.listener = listener;
    this.dryRun = dryRun;
    this.messages = messages;
  }

  StepResult run(MigrationScript script, Direction direction) {
    List<Operation> operations = direction == Direction.UP ? script.up() : script.down();
    List<Step> steps = MigrationPlan.of(graph, dialect, script, direction, operations);
    LockRetry retry = LockRetry.of(dialect, script, ddlLockWait, listener);
    boolean transactional = transactional(script);
    if (dryRun) {
      return dryRun(script, direction, operations, steps, retry, transactional);
    }
    if (transactional) {
      refuseOutsideTransaction(script, operations);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(script, direction, operations, steps, transactional, retry, attempt);
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

  /** One attempt at the migration, in its transaction if it has one; the lock timeout is set for it first. */
  private StepResult attempt(MigrationScript script, Direction direction, List<Operation> operations,
      List<Step> steps, boolean transactional, LockRetry retry, int attempt) {
    long start = System.nanoTime();
    int done = 0;
    boolean autoCommit = autoCommit();
    String restoreTimeout = null;
    try {
      connection.setAutoCommit(!transactional);
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
        history.insert(connection, new AppliedRevision(script.revision(), script.message(),
            Checksums.of(operations), Instant.now(), millis, System.getProperty("user.name")));
      } else {
        history.delete(connection, script.revision());
        // Undone, a squash takes with it the rows of the revisions it replaces, if they ran here.
        for (String replaced : graph.replacedBy(script.revision())) {
          history.delete(connection, replaced);
        }
      }
      if (transactional) {
        connection.commit();
      }
      StepResult result = new StepResult(script.revision(), script.message(), direction, millis, steps.size(),
          RunMessages.summary(operations, steps.size()));
      listener.finished(result);
      return result;
    } catch (SQLException | RuntimeException e) {
      if (transactional) {
        rollback(e);
      }
      boolean halfWay = halfWay(transactional, steps, done);
      if (transactional && !halfWay && done >= 1 && done <= steps.size() && retry.mayRetry(e, attempt)) {
        throw new RolledBack(steps.get(done - 1).text());
      }
      boolean recorded = halfWay && recordFailure(script, direction, operations, steps, done, e);
      MigrationException failure =
          messages.failure(script, direction, steps, done, transactional, halfWay, recorded, e);
      throw retry.gaveUp(e) && done >= 1 && done <= steps.size() && steps.get(done - 1) instanceof Step.Sql sql
          ? messages.gaveUpOnLock(failure, script, retry.lockWait().orElseThrow(), sql.sql())
          : failure;
    } finally {
      retry.restore(connection, restoreTimeout);
      restoreAutoCommit(autoCommit);
    }
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

  /** {@code @Revision(transactional = false)} opts out; migrations without the annotation (tests) run in one. */
  private static boolean transactional(MigrationScript script) {
    Revision revision = script.type().getAnnotation(Revision.class);
    return revision == null || revision.transactional();
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
