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
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Failures and concurrent runs on real databases: PostgreSQL rolls a failed migration back whole;
 * MariaDB commits DDL as it runs, so the history records the failure until it is repaired. Each test
 * works in a database of its own.
 */
class ServerSafetyTest {

  private static final int RUNS = 4;

  private final HistoryTable history = new HistoryTable();

  private MigrationRunner runner(Connection connection, RevisionGraph graph) {
    SqlDialect dialect = SqlDialects.forConnection(connection, null);
    return new MigrationRunner(connection, dialect, graph, history, RunListener.NONE);
  }

  @Test
  void onPostgreSqlAFailedMigrationLeavesNothingAndNoHistoryRow() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      MigrationRunner runner = runner(connection, SafetyMigrations.broken());

      assertThatThrownBy(() -> runner.upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("failed at statement 3 of 3: insert into no_such_table values (1)")
          .hasMessageContaining("Nothing of this migration was recorded; its changes were rolled back.");

      assertThat(Server.tables(connection)).contains("hits").doesNotContain("alpha", "beta");
      assertThat(history.rows(connection)).extracting(AppliedRevision::revision).containsExactly("1");
      // Nothing to repair: the fixed migration applies at once.
      assertThat(runner(connection, SafetyMigrations.fixed()).upgrade(null)).hasSize(2);
    }
  }

  @Test
  void onMariaDbAFailedMigrationIsRecordedRefusedRepairedAndAppliedWhenFixed() throws Exception {
    try (Server.Scratch db = Server.MARIADB.scratch(); Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner(connection, SafetyMigrations.broken()).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("failed at statement 3 of 3")
          .hasMessageContaining("MariaDB commits schema changes as they run: whatever of statements 1..2")
          .hasMessageContaining("records it as FAILED");
      assertThat(Server.tables(connection)).contains("alpha", "beta");
      assertThat(history.failed(connection)).extracting(AppliedRevision::failedStep).containsExactly(3);

      MigrationRunner fixed = runner(connection, SafetyMigrations.fixed());
      assertThatThrownBy(() -> fixed.upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("left the database half-way")
          .hasMessageContaining("mvn migrations:repair");

      try (Statement statement = connection.createStatement()) {
        statement.execute("drop table beta");
        statement.execute("drop table alpha");
      }
      assertThat(fixed.repair()).extracting(AppliedRevision::revision).containsExactly("2");
      assertThat(fixed.upgrade(null)).extracting(StepResult::revision).containsExactly("2", "3");
      assertThat(count(connection, "hits")).isEqualTo(2);
      assertThat(history.rows(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2", "3");
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void parallelUpgradesApplyEachMigrationExactlyOnce(Server server) throws Exception {
    try (Server.Scratch db = server.scratch()) {
      upgradeInParallel(db::connect);
      try (Connection connection = db.connect()) {
        assertAppliedOnce(connection);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void aRunWaitingTooLongForTheLockNamesTheHolderAndARunWithNothingToDoDoesNotWait(Server server) throws Exception {
    try (Server.Scratch db = server.scratch(); Connection holder = db.connect(); Connection waiter = db.connect()) {
      SqlDialect dialect = SqlDialects.forConnection(holder, null);
      Lock lock = Lock.of(dialect, history);
      lock.acquire(holder, Duration.ZERO);
      try {
        MigrationRunner runner = new MigrationRunner(waiter, dialect, SafetyMigrations.fixed(), history,
            RunListener.NONE, RunOptions.DEFAULTS.withLockTimeout(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> runner.upgrade(null))
            .isInstanceOf(MigrationException.class)
            .hasMessageStartingWith("Cannot lock the database for migrations: another run has held the lock for more"
                + " than 1 s (held by ")
            .hasMessageContaining(server == Server.POSTGRESQL
                ? "application 'jpa-migrations: " + RunOwner.describe() + "'" : "of root@")
            .hasMessageContaining("raise -Dmigrations.lockTimeout");
        assertThat(Server.tables(waiter)).doesNotContain("hits");
      } finally {
        lock.release(holder);
      }
      assertThat(new MigrationRunner(waiter, dialect, SafetyMigrations.fixed(), history, RunListener.NONE)
          .upgrade(null)).hasSize(3);

      lock.acquire(holder, Duration.ZERO);
      try {
        MigrationRunner upToDate = new MigrationRunner(waiter, dialect, SafetyMigrations.fixed(), history,
            RunListener.NONE, RunOptions.DEFAULTS.withLockTimeout(Duration.ofSeconds(1)));
        assertThat(upToDate.upgrade(null)).isEmpty();
        assertThat(upToDate.startedAt()).isEqualTo("3");
      } finally {
        lock.release(holder);
      }
    }
  }

  @Test
  void parallelUpgradesOnAnH2FileDatabaseApplyEachMigrationExactlyOnce(@TempDir java.nio.file.Path dir)
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    upgradeInParallel(() -> DriverManager.getConnection(url, "sa", ""));
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertAppliedOnce(connection);
    }
  }

  interface Connector {
    Connection connect() throws SQLException;
  }

  /** RUNS threads, each with its own connection, start upgrading at the same moment. */
  private void upgradeInParallel(Connector connector) throws Exception {
    CyclicBarrier start = new CyclicBarrier(RUNS);
    ExecutorService pool = Executors.newFixedThreadPool(RUNS);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        Callable<Integer> run = () -> {
          try (Connection connection = connector.connect()) {
            MigrationRunner runner = runner(connection, SafetyMigrations.fixed());
            start.await(10, TimeUnit.SECONDS);
            return runner.upgrade(null).size();
          }
        };
        runs.add(pool.submit(run));
      }
      int applied = 0;
      for (Future<Integer> run : runs) {
        applied += run.get(60, TimeUnit.SECONDS);
      }
      assertThat(applied).as("migrations applied by all runs together").isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertAppliedOnce(Connection connection) throws SQLException {
    assertThat(history.rows(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2", "3");
    assertThat(count(connection, "hits")).isEqualTo(2);
    assertThat(history.lockHolder(connection)).isNull();
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
