package org.jpamigrations.runner;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.operation.Operation;

/**
 * The texts a run shows or records when a migration fails, and the one-line summary of one that ran.
 * Users act on the failures (and tests and integration tests match them), so each says what took
 * effect and how to get out.
 *
 * @param table the history table's name, as the user configured it
 */
record RunMessages(SqlDialect dialect, RevisionGraph graph, String table) {

  private static final int SUMMARY_LENGTH = 100;
  /** The table of the statements that lock one: alter, drop, rename, lock, and create index's {@code on}. */
  private static final Pattern LOCKED_TABLE = Pattern.compile("(?i)^\\s*(?:alter table|drop table|rename table"
      + "|lock table|create (?:unique )?index (?:concurrently )?\\S+ on)\\s+(\\S+)");

  /** Why a run refuses while a migration is half-way; {@code failed} holds at least one row. */
  MigrationException refused(List<AppliedRevision> failed) {
    AppliedRevision row = failed.get(0);
    String label = graph.labelOf(row.revision());
    boolean up = row.status() == AppliedRevision.Status.FAILED;
    String took = row.failedStep() == null || row.failedStep() <= 1
        ? "what it had run"
        : row.failedStep() == 2 ? "what its statement 1 did" : "what its statements 1.." + (row.failedStep() - 1) + " did";
    return new MigrationException((up ? "Migration " : "Undoing migration ") + label + " failed"
        + (row.failedStep() == null ? "" : " at statement " + row.failedStep()) + " on " + row.appliedAt()
        + " and left the database half-way" + (row.failure() == null ? "" : ": " + firstLine(row.failure()))
        + ". Nothing more runs until it is repaired: "
        + (up
            ? "undo by hand " + took + ", fix the migration, "
                + "then run mvn migrations:repair, and upgrade again."
            : "redo by hand " + took + " so that the migration is fully applied again, fix its down(), "
                + "then run mvn migrations:repair, and downgrade again.")
        + (failed.size() > 1 ? " (" + (failed.size() - 1) + " more failed entries in table " + table + ".)" : ""));
  }

  /** Why an upgrade to the head left a contract migration pending, and when it runs. */
  static String heldBack(MigrationScript script) {
    return "Held back contract migration " + script.label() + ": it removes what the application version before"
        + " it may still use. It runs with the next release's upgrade, once a migration follows it; to run it now,"
        + " once no instance of that version runs, upgrade with migrations.contract=true.";
  }

  /** What the history row of a migration that failed half-way records: where, and the database's words. */
  static String recorded(List<Step> steps, int failedAt, Exception e) {
    return (failedAt <= steps.size() ? "statement " + failedAt + " of " + steps.size() + ": "
        + steps.get(failedAt - 1).text() : "recording in the history table") + " -- " + cause(e);
  }

  /**
   * The error of a failed migration.
   *
   * @param failedAt the step that failed, from 1; one past the steps when recording it failed
   * @param halfWay whether the steps before it left changes behind
   * @param recorded whether the history table records it as failed
   * @param rolledBackWith the migrations of the run's shared transaction that its rollback took with it
   */
  MigrationException failure(MigrationScript script, Direction direction, List<Step> steps, int failedAt,
      boolean transactional, boolean halfWay, boolean recorded, List<StepResult> rolledBackWith, Exception e) {
    String cause = cause(e);
    int total = steps.size();
    StringBuilder message = new StringBuilder(direction == Direction.UP ? "Migration " : "Undoing migration ")
        .append(script.label());
    if (failedAt == 0) {
      message.append(" failed before its first statement");
    } else if (failedAt <= total) {
      message.append(" failed at statement ").append(failedAt).append(" of ").append(total).append(": ")
          .append(steps.get(failedAt - 1).text());
    } else {
      message.append(" ran its ").append(total).append(total == 1 ? " statement" : " statements")
          .append(" but could not be recorded in table ").append(table);
    }
    message.append("\n  ").append(cause).append(cause.endsWith(".") ? " " : ". ");
    int tookEffect = Math.max(0, Math.min(failedAt - 1, total));
    String which = tookEffect == 1 ? "statement 1" : "statements 1.." + tookEffect;
    if (halfWay) {
      message.append(transactional
              ? dialect.name() + " commits schema changes as they run: whatever of " + which
                  + " changed the schema took effect (data changes were rolled back). "
              : "The migration runs outside a transaction (@Revision(transactional = false)): " + which
                  + " took effect. ")
          .append(recorded
              ? "Table " + table + " records it as " + (direction == Direction.UP ? "FAILED" : "UNDO_FAILED")
                  + " and nothing more runs until it is repaired: "
              : "It could not be recorded as failed in table " + table + ": ")
          .append(direction == Direction.UP
              ? "undo those changes by hand, fix the migration, then run mvn migrations:repair"
                  + " and upgrade again."
              : "redo those changes by hand, fix down(), then run mvn migrations:repair and downgrade again.");
      return new MigrationException(message.toString(), e);
    }
    message.append(direction == Direction.UP
        ? "Nothing of this migration was recorded; "
        : "It is still recorded as applied; ");
    if (dialect.transactionalDdl() || tookEffect == 0) {
      message.append(tookEffect == 0 ? "no statement of it had taken effect" : "its changes were rolled back");
    } else {
      message.append("its data changes were rolled back");
    }
    if (!rolledBackWith.isEmpty()) {
      message.append(". ").append(rolledBackWith(direction, rolledBackWith)).append('.');
    } else {
      message.append(direction == Direction.UP
          ? ". Earlier migrations stay applied."
          : ". Migrations undone before it stay undone.");
    }
    return new MigrationException(message.toString(), e);
  }

  /**
   * What the rollback of a run's shared transaction ({@link RunOptions#group}) took with it: the migrations run
   * in it before the failure (at least one), which are as they were before the run.
   */
  String rolledBackWith(Direction direction, List<StepResult> lost) {
    String labels = lost.stream().map(r -> graph.labelOf(r.revision())).collect(Collectors.joining(", "));
    boolean one = lost.size() == 1;
    return "The run's migrations share one transaction (migrations.group): " + (one ? "the one" : "the " + lost.size())
        + (direction == Direction.UP ? " applied" : " undone") + " before it in this run " + (one ? "was" : "were")
        + " rolled back with it and " + (one ? "is" : "are") + (direction == Direction.UP ? " not applied" : " still applied")
        + ": " + labels;
  }

  /**
   * The error of a migration that gave up waiting for a lock at every attempt: which lock, why, and what to do,
   * then what took effect as {@link #failure} says it.
   */
  MigrationException gaveUpOnLock(MigrationException failure, MigrationScript script, LockWait wait, String statement) {
    String attempts = wait.attempts() == 1 ? "its one attempt" : "each of its " + wait.attempts() + " attempts";
    return new MigrationException((failure.getMessage().startsWith("Undoing") ? "Undoing migration " : "Migration ")
        + script.label() + " gave up waiting for a lock on " + lockTarget(statement) + ": " + attempts
        + " waited " + wait.describe() + ". A long transaction holds a lock on it. Find it with "
        + dialect.lockHolders() + ", and let it finish or end it; or run at a quieter time, or raise"
        + " @LockTimeout(value = \"" + wait.describe() + "\", retries = " + wait.retries()
        + ") on the migration (or migrations.ddlLockTimeout and migrations.ddlRetries).\n" + failure.getMessage(),
        failure.getCause());
  }

  /** The table a statement locks, for a message: {@code table item}; the statement itself when it is not plain. */
  static String lockTarget(String statement) {
    Matcher m = LOCKED_TABLE.matcher(statement);
    if (m.find()) {
      return "table " + m.group(1);
    }
    String line = statement.strip().replaceAll("\\s+", " ");
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }

  /** How many statements ran, and what the operations did, cut short to fit a line. */
  static String summary(List<Operation> operations, int statements) {
    String text = statements + (statements == 1 ? " statement" : " statements");
    if (operations.isEmpty()) {
      return text;
    }
    String described = operations.stream().map(Operation::describe).collect(Collectors.joining(", "));
    if (described.length() > SUMMARY_LENGTH) {
      described = described.substring(0, SUMMARY_LENGTH - 3) + "...";
    }
    return text + ": " + described;
  }

  private static String cause(Exception e) {
    // The history table wraps the database's error; the database's own words are what helps.
    Throwable source = e instanceof MigrationException && e.getCause() instanceof SQLException ? e.getCause() : e;
    String cause = source.getMessage() != null ? source.getMessage() : source.toString();
    return cause.strip();
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
