package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.Checksums;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;

/**
 * Applies and undoes migrations on a database, one transaction per migration, and keeps the
 * history table in step with what ran.
 *
 * <p>A run holds a database-wide {@link Lock}, so concurrent runs take turns; an upgrade that finds nothing to do
 * without it goes on without it. Where a failed
 * migration could not be rolled back completely (DDL that commits as it runs, or a migration with
 * {@code @Revision(transactional = false)}), its history row says FAILED and the statement it failed
 * at, and every later run refuses until {@link #repair()} clears it.
 *
 * <p>This class decides what runs; {@link MigrationExecutor} runs each migration and
 * {@link RunMessages} words what went wrong.
 */
public final class MigrationRunner {

  private final Connection connection;
  /** Asked at first use: an upgrade with nothing to do needs no dialect, and loading Hibernate's costs a new JVM. */
  private final Supplier<SqlDialect> dialectSource;
  private final RevisionGraph graph;
  private final HistoryTable history;
  private final RunListener listener;
  private final RunOptions options;
  private SqlDialect dialect;
  /** What the last upgrade or downgrade found applied once it held the lock; {@code null} until one gets there. */
  private AppliedState found;

  public MigrationRunner(
      Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history, RunListener listener) {
    this(connection, dialect, graph, history, listener, RunOptions.DEFAULTS);
  }

  public MigrationRunner(Connection connection, SqlDialect dialect, RevisionGraph graph, HistoryTable history,
      RunListener listener, RunOptions options) {
    this(connection, () -> dialect, graph, history, listener, options);
  }

  /** @param dialect the database's dialect, asked for once, when the run first needs it */
  public MigrationRunner(Connection connection, Supplier<SqlDialect> dialect, RevisionGraph graph,
      HistoryTable history, RunListener listener, RunOptions options) {
    this.options = options == null ? RunOptions.DEFAULTS : options;
    this.connection = connection;
    this.dialectSource = dialect;
    this.graph = graph;
    this.history = history;
    this.listener = listener == null ? RunListener.NONE : listener;
  }

  private SqlDialect dialect() {
    if (dialect == null) {
      dialect = dialectSource.get();
    }
    return dialect;
  }

  // Both are values of the dialect, made where needed so that a run that needs no dialect makes neither.
  private Lock lock() {
    return Lock.of(dialect(), history);
  }

  private RunMessages messages() {
    return new RunMessages(dialect(), graph, history.name());
  }

  /** The latest applied revision, or {@code null} when the database is at base. */
  public String current() {
    return state().latest();
  }

  /**
   * The latest revision the last {@link #upgrade} or {@link #downgrade} found applied once it held the lock, before
   * it ran anything: where the database was for that run, even when another run migrated it just before. Read
   * again, as {@link #current}, when the run stopped before reading it (a database without a history table).
   */
  public String startedAt() {
    return found != null ? found.latest() : current();
  }

  /**
   * The latest revision applied once the last {@link #upgrade} or {@link #downgrade} returned these steps: where
   * that run left the database, from what it found under the lock and what it ran, not read again once the lock is
   * gone, when another run may have moved the database on.
   */
  public String reached(List<StepResult> steps) {
    return found != null ? found.latestAfter(steps) : current();
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
    refuseUnknown(target);
    AppliedState unlocked = nothingToDoWithoutLock(requested, target);
    if (unlocked != null) {
      found = unlocked;
      heldBack(unlocked, requested).forEach(script -> listener.warning(RunMessages.heldBack(script)));
      return List.of();
    }
    return locked(() -> {
      AppliedState state = checked();
      List<MigrationScript> heldBack = heldBack(state, requested);
      heldBack.forEach(script -> listener.warning(RunMessages.heldBack(script)));
      List<MigrationScript> pending = pending(state, target, heldBack);
      refuseOtherDatabases(pending, "upgrade");
      return run(state.graph(), pending, Direction.UP);
    });
  }

  /**
   * What the database has applied, when a read without the lock finds that an upgrade has nothing to do and nothing
   * to put right; else {@code null}, and the run takes the lock and reads again. An application starting on an
   * up-to-date database, the usual case, then writes nothing and does not queue behind the other instances starting
   * with it. Only reads: a first run, a history table of an older version, a failed, edited or pending migration,
   * a checksum of the older form all go the locked way.
   */
  private AppliedState nothingToDoWithoutLock(String requested, String target) {
    if (options.dryRun()) {
      return null;
    }
    AppliedState state = state(); // without the table, nothing is applied: the migrations are pending
    // Cheapest first: with work to do, the locked run checksums the applied migrations, once.
    boolean settled = state.failed().isEmpty() && pending(state, target, heldBack(state, requested)).isEmpty()
        && history.current(connection)
        && legacyRows(state).isEmpty()
        && changedSince(state).isEmpty();
    return settled ? state : null;
  }

  /** The contract migrations an upgrade to the head holds back, unless told to run them. */
  private List<MigrationScript> heldBack(AppliedState state, String requested) {
    return toHead(requested) && !options.runContracts() ? state.heldBack() : List.of();
  }

  /** The migrations an upgrade to the target applies, in order. */
  private static List<MigrationScript> pending(AppliedState state, String target, List<MigrationScript> heldBack) {
    RevisionGraph followed = state.graph();
    String at = followed.resolve(target);
    if (at != null) {
      followed.get(at);
    }
    return followed.between(null, at).stream()
        .filter(script -> !state.applied().contains(script.revision()) && !heldBack.contains(script))
        .toList();
  }

  /** Whether an upgrade goes to the head as such, rather than to a revision the user named. */
  private static boolean toHead(String requested) {
    return requested == null || RevisionGraph.HEAD.equals(requested);
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
    Lock lock = lock();
    boolean tableLock = lock instanceof TableLock;
    if (tableLock) {
      // The lock row lives in the table; two runs creating it at once is harmless.
      history.ensure(connection, dialect());
    }
    lock.acquire(connection, options.lockTimeout());
    try {
      if (!tableLock) {
        history.ensure(connection, dialect());
      }
      return body.get();
    } finally {
      release(lock);
    }
  }

  private void release(Lock lock) {
    try {
      lock.release(connection);
    } catch (RuntimeException e) {
      // The run's own outcome matters more; the lock goes with the session (or stays for the user to clear).
      listener.warning("Could not free the migrations lock: " + e.getMessage());
    }
  }

  /**
   * What the database has applied, once nothing is half-way (the message says how to get out) and
   * edits of applied migrations are refused or accepted.
   */
  private AppliedState checked() {
    AppliedState state = state();
    found = state;
    if (!state.failed().isEmpty()) {
      throw messages().refused(state.failed());
    }
    checkChanged(state);
    return state;
  }

  /** Fails before anything runs for a revision no migration declares, in either form of the history. */
  private void refuseUnknown(String revision) {
    if (revision != null && !graph.accounts(revision)) {
      graph.get(revision);
    }
  }

  private AppliedState state() {
    return AppliedState.read(connection, history, graph);
  }

  private List<StepResult> run(RevisionGraph followed, List<MigrationScript> scripts, Direction direction) {
    MigrationExecutor executor = new MigrationExecutor(connection, dialect(), followed, history, listener,
        options.dryRun(), messages(), options.ddlLockWait(), options.group());
    // A @LockTimeout that is no duration stops the run before its first migration, not half-way through it.
    scripts.forEach(script -> LockWait.declaredBy(script.type()));
    if (options.group() && !dialect().transactionalDdl() && !scripts.isEmpty()) {
      listener.warning("migrations.group has no effect on " + dialect().name() + ": its DDL commits as it runs, so"
          + " each migration runs in its own transaction.");
    }
    return executor.runAll(scripts, direction);
  }

  /**
   * Refuses edited applied migrations, or with acceptChanged records their new checksum. Rows of an
   * older checksum form that match are rewritten in the current form.
   */
  private void checkChanged(AppliedState state) {
    RevisionGraph followed = state.graph();
    List<AppliedRevision> changed = changedSince(state);
    if (changed.isEmpty()) {
      upgradeChecksumForm(state);
      return;
    }
    if (!options.acceptChanged()) {
      String labels = changed.stream().map(row -> followed.get(row.revision()).label())
          .collect(Collectors.joining(", "));
      throw new MigrationException((changed.size() == 1 ? "Migration " + labels + " was" : "Migrations " + labels + " were")
          + " edited after being applied to this database: the operations no longer match the checksum in table "
          + history.name() + ", so the database may differ from what the migrations say. Undo the edit and put the"
          + " change into a new migration (mvn migrations:generate), or, if the database already matches the edited"
          + " migration, run with -Dmigrations.acceptChanged=true to record its new checksum.");
    }
    if (options.dryRun()) {
      changed.forEach(row -> listener.warning("Would accept the edit of applied migration "
          + followed.get(row.revision()).label() + " (-Dmigrations.acceptChanged=true)"));
      return;
    }
    for (AppliedRevision row : changed) {
      MigrationScript script = followed.get(row.revision());
      history.updateChecksum(connection, row.revision(), script.checksum());
      listener.warning("Accepted the edit of applied migration " + script.label() + ": its new checksum is recorded");
    }
    commit();
  }

  private void upgradeChecksumForm(AppliedState state) {
    if (options.dryRun()) {
      return;
    }
    List<AppliedRevision> legacy = legacyRows(state);
    for (AppliedRevision row : legacy) {
      history.updateChecksum(connection, row.revision(), state.graph().get(row.revision()).checksum());
    }
    if (!legacy.isEmpty()) {
      commit();
    }
  }

  /** The applied rows whose checksum is of the older form, rewritten in the current form once they match. */
  private static List<AppliedRevision> legacyRows(AppliedState state) {
    return state.comparableRows().stream().filter(row -> Checksums.isLegacy(row.checksum())).toList();
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
    String resolved = graph.resolve(requested);
    if (!RevisionGraph.BASE.equals(resolved)) {
      refuseUnknown(resolved);
    }
    if (!history.exists(connection)) {
      return List.of();
    }
    return locked(() -> {
      AppliedState state = checked(); // an edited down() is not the one that matches what up() did here
      RevisionGraph followed = state.graph();
      String target = followed.resolve(requested);
      if (target != null && !RevisionGraph.BASE.equals(target)) {
        followed.get(target);
      }
      List<MigrationScript> undo = toUndo(state, target);
      refuseOtherDatabases(undo, "downgrade");
      return run(followed, undo, Direction.DOWN);
    });
  }

  private void refuseOtherDatabases(List<MigrationScript> scripts, String action) {
    MigrationScript.requireAllRunOn(scripts, dialect().key(), dialect().name(), action);
  }

  private static List<MigrationScript> toUndo(AppliedState state, String target) {
    RevisionGraph graph = state.graph();
    Set<String> applied = state.applied();
    if (target == null) {
      String latest = state.latest();
      return latest == null ? List.of() : List.of(graph.get(latest));
    }
    Set<String> keep = new HashSet<>();
    if (!RevisionGraph.BASE.equals(target)) {
      if (!applied.contains(target)) {
        throw new MigrationException("Cannot downgrade to revision " + target + ": it is not applied. "
            + "Choose an applied revision (" + (applied.isEmpty() ? "none" : String.join(", ", state.appliedInOrder()))
            + ") or " + RevisionGraph.BASE + ".");
      }
      keep = graph.lineage(target);
    }
    Set<String> kept = keep;
    return state.appliedInOrder().stream()
        .filter(revision -> !kept.contains(revision))
        .sorted(Comparator.comparing(graph::indexOf).reversed())
        .map(graph::get)
        .toList();
  }

  /**
   * Applied migrations whose operations changed since they ran (their checksum differs from the one
   * recorded): the database may not match what the migration classes now say.
   */
  public List<AppliedRevision> changedSinceApplied() {
    return changedSince(state());
  }

  private static List<AppliedRevision> changedSince(AppliedState state) {
    return state.comparableRows().stream()
        .filter(row -> state.graph().get(row.revision()).editedSince(row))
        .toList();
  }
}
