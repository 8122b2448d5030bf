package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.Checksums;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.migration.Revision;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;

/**
 * Applies and undoes migrations on a database, one transaction per migration, and keeps the
 * history table in step with what ran.
 *
 * <p>A run holds a database-wide {@link Lock}, so concurrent runs take turns. Where a failed
 * migration could not be rolled back completely (DDL that commits as it runs, or a migration with
 * {@code @Revision(transactional = false)}), its history row says FAILED and the statement it failed
 * at, and every later run refuses until {@link #repair()} clears it.
 */
public final class MigrationRunner {

  private static final int SUMMARY_LENGTH = 100;

  private final Connection connection;
  private final SqlDialect dialect;
  private final RevisionGraph graph;
  private final HistoryTable history;
  private final RunListener listener;
  private final RunOptions options;
  private final Lock lock;
  private final Map<String, Integer> position = new HashMap<>();

  public MigrationRunner(
      Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history, RunListener listener) {
    this(connection, dialect, graph, history, listener, RunOptions.DEFAULTS);
  }

  public MigrationRunner(Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history,
      RunListener listener, RunOptions options) {
    this.options = options == null ? RunOptions.DEFAULTS : options;
    this.lock = Lock.of(dialect, history);
    this.connection = connection;
    this.dialect = dialect;
    this.graph = graph;
    this.history = history;
    this.listener = listener == null ? RunListener.NONE : listener;
    List<MigrationScript> ordered = graph.ordered();
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i).revision(), i);
    }
  }

  /** The latest applied revision, or {@code null} when the database is at base. */
  public String current() {
    return latest(applied());
  }

  /**
   * Applies the migrations up to the target, in order, skipping those already applied.
   *
   * @param requested a revision, {@code head}, or {@code null} for the head
   * @return the migrations applied; empty when the target was already reached
   */
  public List<StepResult> upgrade(String requested) {
    String target = graph.resolve(requested);
    if (RevisionGraph.BASE.equals(target) && !RevisionGraph.BASE.equals(requested)) {
      return List.of(); // head of no migrations: nothing to apply
    }
    if (RevisionGraph.BASE.equals(target)) {
      throw new MigrationException("Cannot upgrade to " + RevisionGraph.BASE
          + ": it is the empty schema before the first migration. To undo all migrations, downgrade to base.");
    }
    if (target != null) {
      graph.get(target);
    }
    return locked(() -> {
      refuseFailed();
      checkChanged();
      Set<String> applied = applied();
      List<MigrationScript> pending = graph.between(null, target).stream()
          .filter(script -> !applied.contains(script.revision()))
          .toList();
      refuseOtherDatabases(pending, "upgrade");
      List<StepResult> results = new ArrayList<>();
      for (MigrationScript script : pending) {
        results.add(run(script, Direction.UP));
      }
      return results;
    });
  }

  /**
   * Clears what failed migrations left in the history table, once the user has fixed the database by
   * hand: a FAILED row is deleted, so the next upgrade applies the (fixed) migration again; an
   * UNDO_FAILED row is marked applied again.
   *
   * @return the rows cleared, as they were
   */
  public List<AppliedRevision> repair() {
    if (!history.exists(connection)) {
      return List.of();
    }
    return locked(() -> {
      List<AppliedRevision> failed = history.failed(connection);
      for (AppliedRevision row : failed) {
        if (row.status() == AppliedRevision.Status.FAILED) {
          history.delete(connection, row.revision());
        } else {
          history.markApplied(connection, row.revision());
        }
      }
      commit();
      return failed;
    });
  }

  /**
   * Runs the body holding the lock; in a dry run, without. The history table exists (and has every
   * column) before the body runs, except in a dry run.
   */
  private <T> T locked(Supplier<T> body) {
    if (options.dryRun()) {
      return body.get();
    }
    boolean tableLock = lock instanceof TableLock;
    if (tableLock) {
      // The lock row lives in the table; two runs creating it at once is harmless.
      history.ensure(connection, dialect);
    }
    lock.acquire(connection, options.lockTimeout());
    try {
      if (!tableLock) {
        history.ensure(connection, dialect);
      }
      return body.get();
    } finally {
      release();
    }
  }

  private void release() {
    try {
      lock.release(connection);
    } catch (RuntimeException e) {
      // The run's own outcome matters more; the lock goes with the session (or stays for the user to clear).
      listener.warning("Could not free the migrations lock: " + e.getMessage());
    }
  }

  /** Refuses to go on while a migration is half-way; the message says how to get out. */
  private void refuseFailed() {
    List<AppliedRevision> failed = history.failed(connection);
    if (failed.isEmpty()) {
      return;
    }
    AppliedRevision row = failed.get(0);
    String label = graph.contains(row.revision()) ? graph.get(row.revision()).label() : row.revision();
    boolean up = row.status() == AppliedRevision.Status.FAILED;
    String took = row.failedStep() == null || row.failedStep() <= 1
        ? "what it had run"
        : row.failedStep() == 2 ? "what its statement 1 did" : "what its statements 1.." + (row.failedStep() - 1) + " did";
    throw new MigrationException((up ? "Migration " : "Undoing migration ") + label + " failed"
        + (row.failedStep() == null ? "" : " at statement " + row.failedStep()) + " on " + row.appliedAt()
        + " and left the database half-way" + (row.failure() == null ? "" : ": " + firstLine(row.failure()))
        + ". Nothing more runs until it is repaired: "
        + (up
            ? "undo by hand " + took + ", fix the migration, "
                + "then run mvn migrations:repair, and upgrade again."
            : "redo by hand " + took + " so that the migration is fully applied again, fix its down(), "
                + "then run mvn migrations:repair, and downgrade again.")
        + (failed.size() > 1 ? " (" + (failed.size() - 1) + " more failed entries in table " + history.name() + ".)" : ""));
  }

  /**
   * Refuses edited applied migrations, or with acceptChanged records their new checksum. Rows of an
   * older checksum form that match are rewritten in the current form.
   */
  private void checkChanged() {
    List<AppliedRevision> changed = changedSinceApplied();
    if (changed.isEmpty()) {
      upgradeChecksumForm();
      return;
    }
    if (!options.acceptChanged()) {
      String labels = changed.stream().map(row -> graph.get(row.revision()).label())
          .collect(Collectors.joining(", "));
      throw new MigrationException((changed.size() == 1 ? "Migration " + labels + " was" : "Migrations " + labels + " were")
          + " edited after being applied to this database: the operations no longer match the checksum in table "
          + history.name() + ", so the database may differ from what the migrations say. Undo the edit and put the"
          + " change into a new migration (mvn migrations:generate), or, if the database already matches the edited"
          + " migration, run with -Dmigrations.acceptChanged=true to record its new checksum.");
    }
    if (options.dryRun()) {
      changed.forEach(row -> listener.warning("Would accept the edit of applied migration "
          + graph.get(row.revision()).label() + " (-Dmigrations.acceptChanged=true)"));
      return;
    }
    for (AppliedRevision row : changed) {
      MigrationScript script = graph.get(row.revision());
      history.updateChecksum(connection, row.revision(), script.checksum());
      listener.warning("Accepted the edit of applied migration " + script.label() + ": its new checksum is recorded");
    }
    commit();
  }

  private void upgradeChecksumForm() {
    if (options.dryRun()) {
      return;
    }
    List<AppliedRevision> legacy = appliedRows().stream().filter(row -> Checksums.isLegacy(row.checksum())).toList();
    for (AppliedRevision row : legacy) {
      history.updateChecksum(connection, row.revision(), graph.get(row.revision()).checksum());
    }
    if (!legacy.isEmpty()) {
      commit();
    }
  }

  private void commit() {
    try {
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new MigrationException("Cannot commit to the migration history table " + history.name() + ": "
          + e.getMessage() + ". Check that the database is reachable.", e);
    }
  }

  /**
   * Undoes applied migrations, latest first.
   *
   * @param requested the applied revision to go back to, {@code head} (nothing to undo), base to undo all, or
   *     {@code null} to undo the latest one
   * @return the migrations undone
   */
  public List<StepResult> downgrade(String requested) {
    String target = graph.resolve(requested);
    if (target != null && !RevisionGraph.BASE.equals(target)) {
      graph.get(target);
    }
    if (!history.exists(connection)) {
      return List.of();
    }
    return locked(() -> {
      refuseFailed();
      checkChanged(); // an edited down() is not the one that matches what up() did here
      List<MigrationScript> undo = toUndo(target);
      refuseOtherDatabases(undo, "downgrade");
      List<StepResult> results = new ArrayList<>();
      for (MigrationScript script : undo) {
        results.add(run(script, Direction.DOWN));
      }
      return results;
    });
  }

  private void refuseOtherDatabases(List<MigrationScript> scripts, String action) {
    MigrationScript.requireAllRunOn(scripts, dialect.key(), dialect.name(), action);
  }

  private List<MigrationScript> toUndo(String target) {
    Set<String> applied = applied();
    if (target == null) {
      String latest = latest(applied);
      return latest == null ? List.of() : List.of(graph.get(latest));
    }
    Set<String> keep = new HashSet<>();
    if (!RevisionGraph.BASE.equals(target)) {
      if (!applied.contains(target)) {
        throw new MigrationException("Cannot downgrade to revision " + target + ": it is not applied. "
            + "Choose an applied revision (" + (applied.isEmpty() ? "none" : String.join(", ", inOrder(applied)))
            + ") or " + RevisionGraph.BASE + ".");
      }
      keep = graph.lineage(target);
    }
    Set<String> kept = keep;
    return inOrder(applied).stream()
        .filter(revision -> !kept.contains(revision))
        .sorted(Comparator.comparing(position::get).reversed())
        .map(graph::get)
        .toList();
  }

  /**
   * Applied migrations whose operations changed since they ran (their checksum differs from the one
   * recorded): the database may not match what the migration classes now say.
   */
  public List<AppliedRevision> changedSinceApplied() {
    return appliedRows().stream()
        .filter(row -> graph.get(row.revision()).editedSince(row))
        .toList();
  }

  /** The applied revisions. */
  private Set<String> applied() {
    Set<String> applied = new HashSet<>();
    appliedRows().forEach(row -> applied.add(row.revision()));
    return applied;
  }

  /** The history rows; each revision must be declared by a migration class. */
  private List<AppliedRevision> appliedRows() {
    List<AppliedRevision> rows = history.applied(connection);
    List<String> unknown = rows.stream().map(AppliedRevision::revision).filter(r -> !graph.contains(r)).toList();
    if (unknown.size() == 1) {
      throw new MigrationException("The database has revision " + unknown.get(0)
          + " applied, which no migration class declares. Restore the migration class with that id, or, if it was"
          + " removed on purpose, delete its row from table " + history.name() + ".");
    }
    if (!unknown.isEmpty()) {
      throw new MigrationException("The database has revisions " + String.join(", ", unknown)
          + " applied, which no migration class declares. Restore the migration classes with those ids, or, if"
          + " they were removed on purpose, delete their rows from table " + history.name() + ".");
    }
    return rows;
  }

  private String latest(Set<String> applied) {
    return applied.stream().max(Comparator.comparing(position::get)).orElse(null);
  }

  private List<String> inOrder(Set<String> revisions) {
    return revisions.stream().sorted(Comparator.comparing(position::get)).toList();
  }

  private StepResult run(MigrationScript script, Direction direction) {
    List<Operation> operations = direction == Direction.UP ? script.up() : script.down();
    List<Step> steps = MigrationPlan.of(graph, dialect, script, direction, operations);
    if (options.dryRun()) {
      return dryRun(script, direction, operations, steps);
    }
    boolean transactional = transactional(script);
    long start = System.nanoTime();
    int done = 0;
    boolean autoCommit = autoCommit();
    try {
      connection.setAutoCommit(!transactional);
      try (Statement statement = connection.createStatement()) {
        for (Step step : steps) {
          done++;
          if (step instanceof Step.Sql sql) {
            listener.statement(sql.sql());
            statement.execute(sql.sql());
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
      }
      if (transactional) {
        connection.commit();
      }
      StepResult result = new StepResult(script.revision(), script.message(), direction, millis, steps.size(),
          summary(operations, steps.size()));
      listener.finished(result);
      return result;
    } catch (SQLException | RuntimeException e) {
      if (transactional) {
        rollback(e);
      }
      boolean recorded = halfWay(transactional, steps, done) && recordFailure(script, direction, operations, steps, done, e);
      throw failure(script, direction, steps, done, transactional, recorded, e);
    } finally {
      restoreAutoCommit(autoCommit);
    }
  }

  /** Reports the statements instead of running them. */
  private StepResult dryRun(MigrationScript script, Direction direction, List<Operation> operations, List<Step> steps) {
    listener.statement("-- " + (direction == Direction.UP ? "apply " : "undo ") + script.label());
    for (Step step : steps) {
      listener.statement(step instanceof Step.Sql sql ? sql.sql() : "-- Java code, not run in a dry run: " + step.text());
    }
    return new StepResult(script.revision(), script.message(), direction, 0, steps.size(),
        summary(operations, steps.size()));
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
    String failure = (failedAt <= steps.size() ? "statement " + failedAt + " of " + steps.size() + ": "
        + steps.get(failedAt - 1).text() : "recording in the history table") + " -- " + cause(e);
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

  private MigrationException failure(MigrationScript script, Direction direction, List<Step> steps, int failedAt,
      boolean transactional, boolean recorded, Exception e) {
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
          .append(" but could not be recorded in table ").append(history.name());
    }
    message.append("\n  ").append(cause).append(cause.endsWith(".") ? " " : ". ");
    int tookEffect = Math.max(0, Math.min(failedAt - 1, total));
    String which = tookEffect == 1 ? "statement 1" : "statements 1.." + tookEffect;
    if (halfWay(transactional, steps, failedAt)) {
      message.append(transactional
              ? dialect.name() + " commits schema changes as they run: whatever of " + which
                  + " changed the schema took effect (data changes were rolled back). "
              : "The migration runs outside a transaction (@Revision(transactional = false)): " + which
                  + " took effect. ")
          .append(recorded
              ? "Table " + history.name() + " records it as " + (direction == Direction.UP ? "FAILED" : "UNDO_FAILED")
                  + " and nothing more runs until it is repaired: "
              : "It could not be recorded as failed in table " + history.name() + ": ")
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
    message.append(direction == Direction.UP
        ? ". Earlier migrations stay applied."
        : ". Migrations undone before it stay undone.");
    return new MigrationException(message.toString(), e);
  }

  private static String summary(List<Operation> operations, int statements) {
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
