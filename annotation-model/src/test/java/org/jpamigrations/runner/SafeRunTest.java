package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed migrations, repair, edited migrations, dry runs and the lock, on H2 (whose DDL commits as it runs). */
class SafeRunTest {

  private final HistoryTable history = new HistoryTable();
  private final List<String> statements = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final RunListener listener = new RunListener() {
    @Override
    public void statement(String sql) {
      statements.add(sql);
    }

    @Override
    public void warning(String message) {
      warnings.add(message);
    }
  };

  private Connection connection;

  @BeforeEach
  void open() throws Exception {
    connection = H2.open();
  }

  @AfterEach
  void close() throws Exception {
    H2.shutdown(connection);
  }

  private MigrationRunner runner(RevisionGraph graph) {
    return runner(graph, RunOptions.DEFAULTS);
  }

  private MigrationRunner runner(RevisionGraph graph, RunOptions options) {
    return new MigrationRunner(connection, new PlainH2Dialect(), graph, history, listener, options);
  }

  @Test
  void aMigrationFailingHalfWayIsRecordedRefusedUntilRepairedThenAppliesFixed() throws Exception {
    assertThatThrownBy(() -> runner(SafetyMigrations.broken()).upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Migration 2 (Broken, \"two tables\") failed at statement 3 of 3")
        .hasMessageContaining("records it as FAILED")
        .hasMessageContaining("mvn migrations:repair");

    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");
    List<AppliedRevision> failed = history.failed(connection);
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).revision()).isEqualTo("2");
    assertThat(failed.get(0).status()).isEqualTo(AppliedRevision.Status.FAILED);
    assertThat(failed.get(0).failedStep()).isEqualTo(3);
    assertThat(failed.get(0).failure()).contains("insert into no_such_table values (1)").contains("NO_SUCH_TABLE");
    assertThat(H2.hasTable(connection, "alpha")).isTrue();

    // Fixing the class is not enough: the half-made tables are still there.
    MigrationRunner fixed = runner(SafetyMigrations.fixed());
    assertThatThrownBy(() -> fixed.upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Migration 2 (Fixed, \"two tables\") failed at statement 3")
        .hasMessageContaining("left the database half-way")
        .hasMessageContaining("undo by hand what its statements 1..2 did")
        .hasMessageContaining("then run mvn migrations:repair, and upgrade again");
    assertThatThrownBy(() -> fixed.downgrade(null)).hasMessageContaining("mvn migrations:repair");

    try (Statement statement = connection.createStatement()) {
      statement.execute("drop table beta");
      statement.execute("drop table alpha");
    }
    assertThat(fixed.repair()).extracting(AppliedRevision::revision).containsExactly("2");
    assertThat(history.failed(connection)).isEmpty();
    assertThat(fixed.repair()).isEmpty();

    assertThat(fixed.upgrade(null)).extracting(StepResult::revision).containsExactly("2", "3");
    assertThat(H2.count(connection, "hits")).isEqualTo(2);
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2", "3");
  }

  @Test
  void aFailureAfterDataChangesOnlyRollsBackAndRecordsNothing() throws Exception {
    MigrationRunner runner = runner(SafetyMigrations.graph(SafetyMigrations.DataOnlyBroken.class));

    assertThatThrownBy(() -> runner.upgrade(null))
        .hasMessageContaining("failed at statement 3 of 3")
        .hasMessageContaining("Nothing of this migration was recorded; its data changes were rolled back.");

    assertThat(history.failed(connection)).isEmpty();
    assertThat(H2.count(connection, "hits")).isZero();
  }

  @Test
  void aMigrationOutsideTheTransactionIsRecordedAsFailedEvenWhereDdlIsTransactional() throws Exception {
    PlainH2Dialect transactional = new PlainH2Dialect() {
      @Override
      public boolean transactionalDdl() {
        return true;
      }
    };
    MigrationRunner runner = new MigrationRunner(connection, transactional,
        SafetyMigrations.graph(SafetyMigrations.NonTransactionalBroken.class), history, listener);

    assertThatThrownBy(() -> runner.upgrade(null))
        .hasMessageContaining("runs outside a transaction (@Revision(transactional = false)): statement 1 took effect")
        .hasMessageContaining("records it as FAILED");

    assertThat(H2.count(connection, "hits")).isEqualTo(1);
    assertThat(history.failed(connection)).extracting(AppliedRevision::failedStep).containsExactly(2);
  }

  @Test
  void aFailedUndoIsRecordedAndRepairMarksTheMigrationAppliedAgain() throws Exception {
    MigrationRunner runner = runner(SafetyMigrations.fixed());
    runner.upgrade("2");
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop table alpha"); // down() drops beta, then fails on alpha
    }

    assertThatThrownBy(() -> runner.downgrade(null))
        .hasMessageContaining("Undoing migration 2 (Fixed, \"two tables\") failed at statement 3 of 3")
        .hasMessageContaining("records it as UNDO_FAILED");
    assertThat(history.failed(connection)).extracting(AppliedRevision::status)
        .containsExactly(AppliedRevision.Status.UNDO_FAILED);
    assertThat(runner.current()).isEqualTo("1");
    assertThatThrownBy(() -> runner.upgrade(null)).hasMessageContaining("and downgrade again");

    assertThat(runner.repair()).hasSize(1);
    assertThat(history.failed(connection)).isEmpty();
    assertThat(runner.current()).isEqualTo("2");
  }

  @Test
  void anEditedAppliedMigrationIsRefusedUnlessAccepted() {
    runner(SafetyMigrations.fixed()).upgrade("2");
    history.updateChecksum(connection, "1", "0000");

    assertThatThrownBy(() -> runner(SafetyMigrations.fixed()).upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Migration 1 (CreateHits, \"create hits\") was edited after being applied")
        .hasMessageContaining("-Dmigrations.acceptChanged=true");
    assertThat(history.applied(connection)).hasSize(2);

    List<StepResult> steps = runner(SafetyMigrations.fixed(), RunOptions.DEFAULTS.withAcceptChanged(true)).upgrade(null);

    assertThat(steps).extracting(StepResult::revision).containsExactly("3");
    assertThat(warnings).singleElement().asString().contains("Accepted the edit of applied migration 1");
    assertThat(runner(SafetyMigrations.fixed()).changedSinceApplied()).isEmpty();
  }

  @Test
  void anEditedAppliedMigrationIsNotUndoneWithItsEditedDownUnlessAccepted() {
    runner(SafetyMigrations.fixed()).upgrade("2");
    history.updateChecksum(connection, "2", "0000");

    assertThatThrownBy(() -> runner(SafetyMigrations.fixed()).downgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Migration 2 (Fixed, \"two tables\") was edited after being applied")
        .hasMessageContaining("-Dmigrations.acceptChanged=true");
    assertThat(history.applied(connection)).hasSize(2);

    List<StepResult> undone =
        runner(SafetyMigrations.fixed(), RunOptions.DEFAULTS.withAcceptChanged(true)).downgrade(null);
    assertThat(undone).extracting(StepResult::revision).containsExactly("2");
  }

  @Test
  void aDryRunPrintsTheSqlAndChangesNothingNotEvenTheHistoryTable() throws Exception {
    List<StepResult> steps = runner(SafetyMigrations.fixed(), RunOptions.DEFAULTS.withDryRun(true)).upgrade(null);

    assertThat(steps).extracting(StepResult::revision).containsExactly("1", "2", "3");
    assertThat(statements).contains(
        "-- apply 1 (CreateHits, \"create hits\")",
        "create table hits (id bigint not null)",
        "insert into hits values (2)");
    assertThat(history.exists(connection)).isFalse();
    assertThat(H2.hasTable(connection, "hits")).isFalse();

    runner(SafetyMigrations.fixed()).upgrade(null);
    statements.clear();
    List<StepResult> undo = runner(SafetyMigrations.fixed(), RunOptions.DEFAULTS.withDryRun(true)).downgrade("base");
    assertThat(undo).extracting(StepResult::revision).containsExactly("3", "2", "1");
    assertThat(statements).contains("drop table hits");
    assertThat(history.applied(connection)).hasSize(3);
    assertThat(H2.count(connection, "hits")).isEqualTo(2);
  }

  @Test
  void anOlderHistoryTableIsReadAsItIsAndGetsTheNewColumns() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create table jpa_migrations_history (revision varchar(50) not null, message varchar(500),"
          + " checksum varchar(64), applied_at timestamp(6) not null, execution_ms bigint not null,"
          + " applied_by varchar(100), primary key (revision))");
      statement.execute("insert into jpa_migrations_history values ('1', 'create hits', null,"
          + " timestamp '2026-01-01 00:00:00', 3, 'ann')");
      statement.execute("create table hits (id bigint not null)");
    }
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");

    runner(SafetyMigrations.fixed()).upgrade(null);

    for (String column : List.of("status", "failed_step", "failure")) {
      assertThat(H2.hasColumn(connection, "jpa_migrations_history", column)).as(column).isTrue();
    }
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2", "3");
  }

  @Test
  void aHeldLockMakesTheRunWaitThenFailNamingTheHolder() throws Exception {
    history.ensure(connection, new PlainH2Dialect());
    assertThat(history.tryLock(connection, "bob on build-7 (pid 42)")).isTrue();
    assertThat(history.tryLock(connection, "someone else")).isFalse();

    Instant start = Instant.now();
    assertThatThrownBy(() -> runner(SafetyMigrations.fixed(), RunOptions.DEFAULTS.withLockTimeout(Duration.ofMillis(500)))
        .upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("another run has held the lock for more than 500 ms (taken by bob on build-7 (pid 42) at")
        .hasMessageContaining("delete from jpa_migrations_history where revision = '(lock)'");
    assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    assertThat(H2.hasTable(connection, "hits")).isFalse();

    history.unlock(connection);
    assertThat(runner(SafetyMigrations.fixed()).upgrade(null)).hasSize(3);
    assertThat(history.lockHolder(connection)).isNull();
    assertThat(history.rows(connection)).hasSize(3);
  }

  @Test
  void anUpgradeWithNothingToDoNeitherWaitsForTheLockNorWrites() throws Exception {
    runner(SafetyMigrations.fixed()).upgrade(null);
    List<AppliedRevision> before = history.rows(connection);
    assertThat(history.tryLock(connection, "bob on build-7 (pid 42)")).isTrue();

    // Nor does it need the dialect, whose Hibernate classes a new JVM would load.
    MigrationRunner again = new MigrationRunner(connection, () -> {
      throw new AssertionError("an upgrade with nothing to do asked for the dialect");
    }, SafetyMigrations.fixed(), history, listener, RunOptions.DEFAULTS.withLockTimeout(Duration.ofMillis(500)));
    assertThat(again.upgrade(null)).isEmpty();

    assertThat(again.startedAt()).isEqualTo("3");
    assertThat(history.rows(connection)).isEqualTo(before);
    assertThat(history.lockHolder(connection).message()).isEqualTo("bob on build-7 (pid 42)");
    assertThat(warnings).isEmpty();
  }

  @Test
  void whatAnUpgradeMustPutRightItStillDoesUnderTheLock() throws Exception {
    runner(SafetyMigrations.fixed()).upgrade("2");
    history.updateChecksum(connection, "1", "0000");
    assertThat(history.tryLock(connection, "bob on build-7 (pid 42)")).isTrue();
    RunOptions briefly = RunOptions.DEFAULTS.withLockTimeout(Duration.ofMillis(300));

    // Pending, and edited: either one is for the run that holds the lock.
    assertThatThrownBy(() -> runner(SafetyMigrations.fixed(), briefly).upgrade(null))
        .hasMessageContaining("another run has held the lock");
    assertThatThrownBy(() -> runner(SafetyMigrations.fixed(), briefly).upgrade("2"))
        .hasMessageContaining("another run has held the lock");

    history.unlock(connection);
    assertThatThrownBy(() -> runner(SafetyMigrations.fixed(), briefly).upgrade("2"))
        .hasMessageStartingWith("Migration 1 (CreateHits, \"create hits\") was edited after being applied");
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2");
  }
}
