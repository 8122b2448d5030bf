package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.LockTimeoutMigrations.AddQtyPlain;
import org.jpamigrations.runner.LockTimeoutMigrations.AddQtyWithTimeout;
import org.jpamigrations.runner.LockTimeoutMigrations.BadTimeout;
import org.jpamigrations.runner.LockTimeoutMigrations.NoteThenQtyOutside;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retries after a lock timeout, on H2: a second session holds a lock on the table (an uncommitted update),
 * and lets it go, or not, while the migration waits.
 */
class LockTimeoutRetryTest {

  private final SqlDialect dialect = SqlDialects.forName("h2");
  private final HistoryTable history = new HistoryTable();
  private final List<String> statements = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  /** Runs at the first warning: lets the lock go between attempts. */
  private Runnable onFirstWarning = () -> {};

  private final RunListener listener = new RunListener() {
    @Override
    public void statement(String sql) {
      statements.add(sql);
    }

    @Override
    public void warning(String message) {
      warnings.add(message);
      if (warnings.size() == 1) {
        onFirstWarning.run();
      }
    }
  };

  private Connection connection;
  private Connection holder;

  @BeforeEach
  void open() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    connection = DriverManager.getConnection(url);
    holder = DriverManager.getConnection(url);
    runner(LockTimeoutMigrations.graph(AddQtyPlain.class), RunOptions.DEFAULTS).upgrade("1");
    statements.clear();
  }

  @AfterEach
  void close() throws SQLException {
    holder.close();
    H2.shutdown(connection);
  }

  private MigrationRunner runner(RevisionGraph graph, RunOptions options) {
    return new MigrationRunner(connection, dialect, graph, history, listener, options);
  }

  /** The second session updates a row and keeps its transaction open: H2 then holds a lock on the table. */
  private void holdLock() throws SQLException {
    try (Statement statement = holder.createStatement()) {
      statement.execute("insert into item (id, note) values (1, 'a')");
      holder.setAutoCommit(false);
      statement.execute("update item set note = 'b'");
    }
  }

  private void release() {
    try {
      holder.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMigrationThatNeverGetsTheLockFailsAfterEveryAttemptWithNothingRecordedAndTheTableUnchanged()
      throws Exception {
    holdLock();
    long start = System.nanoTime();

    assertThatThrownBy(() -> runner(LockTimeoutMigrations.graph(AddQtyWithTimeout.class), RunOptions.DEFAULTS)
        .upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Migration 2 (AddQtyWithTimeout, \"add qty\") gave up waiting for a lock on table"
            + " item: each of its 3 attempts waited 300ms. A long transaction holds a lock on it. Find it with"
            + " information_schema.sessions")
        .hasMessageContaining("raise @LockTimeout(value = \"300ms\", retries = 2) on the migration")
        .hasMessageContaining("Nothing of this migration was recorded");

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("3 waits of 300 ms and pauses of 0.5 and 1 s").isBetween(2_300L, 6_000L);
    assertThat(warnings).containsExactly(
        "Migration 2 (AddQtyWithTimeout, \"add qty\"): lock timeout on table item, attempt 1 of 3, retrying the"
            + " migration in 0.5 s",
        "Migration 2 (AddQtyWithTimeout, \"add qty\"): lock timeout on table item, attempt 2 of 3, retrying the"
            + " migration in 1 s");
    assertThat(statements).filteredOn("set lock_timeout 300"::equals).hasSize(3);
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");
    assertThat(history.failed(connection)).isEmpty();
    assertThat(H2.hasColumn(connection, "item", "qty")).isFalse();
    assertThat(sessionLockTimeout()).as("the session's own value is back").isEqualTo(2000);
  }

  @Test
  void aTransactionalMigrationRunsAgainWholeOnceTheLockIsReleased() throws Exception {
    holdLock();
    onFirstWarning = this::release;

    List<StepResult> applied = runner(LockTimeoutMigrations.graph(AddQtyWithTimeout.class), RunOptions.DEFAULTS)
        .upgrade(null);

    assertThat(applied).extracting(StepResult::revision).containsExactly("2");
    assertThat(warnings).singleElement().asString().contains("attempt 1 of 3, retrying the migration in 0.5 s");
    assertThat(H2.hasColumn(connection, "item", "qty")).isTrue();
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2");
  }

  @Test
  void outsideATransactionOnlyTheStatementThatTimedOutRunsAgain() throws Exception {
    holdLock();
    onFirstWarning = this::release;

    runner(LockTimeoutMigrations.graph(NoteThenQtyOutside.class), RunOptions.DEFAULTS).upgrade(null);

    assertThat(warnings).singleElement().asString()
        .isEqualTo("Migration 2 (NoteThenQtyOutside, \"note and qty\"): lock timeout on table item, attempt 1 of 3,"
            + " retrying the statement in 0.5 s");
    assertThat(statements.stream().filter(sql -> sql.startsWith("create table")).count())
        .as("the table created before is not created again").isEqualTo(1);
    assertThat(statements.stream().filter(sql -> sql.contains("add column")).count()).isEqualTo(2);
    assertThat(H2.hasColumn(connection, "item", "qty")).isTrue();
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2");
    assertThat(sessionLockTimeout()).isEqualTo(2000);
  }

  @Test
  void theRunWideTimeoutAppliesToMigrationsWithoutTheirOwnAndTheAnnotationWins() throws Exception {
    holdLock();
    RunOptions runWide = RunOptions.DEFAULTS.withDdlLockTimeout(Duration.ofMillis(200), 0);

    assertThatThrownBy(() -> runner(LockTimeoutMigrations.graph(AddQtyPlain.class), runWide).upgrade(null))
        .hasMessageContaining("gave up waiting for a lock on table item: its one attempt waited 200ms");
    assertThat(statements).contains("set lock_timeout 200");

    statements.clear();
    onFirstWarning = this::release;
    runner(LockTimeoutMigrations.graph(AddQtyWithTimeout.class), runWide).upgrade(null);
    assertThat(statements).contains("set lock_timeout 300").doesNotContain("set lock_timeout 200");
  }

  @Test
  void withoutATimeoutNothingIsSetAndNothingRetried() throws Exception {
    runner(LockTimeoutMigrations.graph(AddQtyPlain.class), RunOptions.DEFAULTS).upgrade(null);

    assertThat(statements).noneMatch(sql -> sql.contains("lock_timeout"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void aDryRunShowsTheTimeoutItWouldSet() {
    runner(LockTimeoutMigrations.graph(AddQtyWithTimeout.class), RunOptions.DEFAULTS.withDryRun(true)).upgrade(null);

    assertThat(statements).containsSubsequence("-- apply 2 (AddQtyWithTimeout, \"add qty\")",
        "-- lock timeout 300ms: the run retries up to 2 times after a timeout", "set lock_timeout 300",
        "alter table item add column qty integer");
  }

  @Test
  void aScriptSetsTheTimeoutForTheSessionBeforeTheMigrationAndResetsItAfterWithoutRetrying() {
    String script = SqlScript.write(LockTimeoutMigrations.graph(AddQtyWithTimeout.class),
        SqlDialects.forName("postgresql"), "jpa_migrations_history", Direction.UP, "1", null, RunListener.NONE);

    assertThat(script.lines().toList()).containsSubsequence("-- 2 (AddQtyWithTimeout, \"add qty\")",
        "-- Lock timeout 300ms: upgrade retries up to 2 times after a timeout, this script does not.",
        "set lock_timeout = '300ms';", "alter table item add column qty integer;",
        "reset lock_timeout;");
    assertThat(SqlScript.write(LockTimeoutMigrations.graph(AddQtyPlain.class), SqlDialects.forName("postgresql"),
        "jpa_migrations_history", Direction.UP, "1", null, RunListener.NONE)).doesNotContain("lock_timeout");
    assertThat(SqlScript.write(LockTimeoutMigrations.graph(AddQtyPlain.class), SqlDialects.forName("mariadb"),
        "jpa_migrations_history", Direction.UP, "1", null, RunListener.NONE,
        Optional.of(new LockWait(Duration.ofSeconds(2), 3))))
        .contains("set session lock_wait_timeout = 2;", "set session lock_wait_timeout = default;");
  }

  @Test
  void aTimeoutThatIsNoDurationNamesTheClassBeforeAnyMigrationRuns() throws Exception {
    runner(LockTimeoutMigrations.graph(BadTimeout.class), RunOptions.DEFAULTS).downgrade("base");

    assertThatThrownBy(() -> runner(LockTimeoutMigrations.graph(BadTimeout.class), RunOptions.DEFAULTS).upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessage("@LockTimeout on " + BadTimeout.class.getName() + " is 'soon', which is not a duration: write it"
            + " as 500ms, 2s or 1m.");
    assertThat(H2.hasTable(connection, "item")).as("migration 1 did not run").isFalse();
  }

  @Test
  void thePauseDoublesFromHalfASecondToTenAtMost() {
    assertThat(List.of(1, 2, 3, 4, 5, 6, 30)).map(LockRetry::pauseAfter).map(Duration::toMillis)
        .containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L);
  }

  private int sessionLockTimeout() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select lock_timeout()")) {
      row.next();
      return row.getInt(1);
    }
  }
}
