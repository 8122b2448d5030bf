package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.LockTimeoutMigrations.AddQtyWithTimeout;
import org.jpamigrations.runner.LockTimeoutMigrations.NoteThenQtyOutside;
import org.junit.jupiter.api.Test;

/**
 * On live PostgreSQL and MariaDB, a second session holds a lock on the table a migration with
 * {@code @LockTimeout("300ms", retries = 2)} alters: held throughout, the migration fails after its 3 attempts
 * with nothing left behind; let go after the first timeout (from another thread), it succeeds on a retry.
 */
class LockTimeoutServerTest {

  private final HistoryTable history = new HistoryTable();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @Test
  void postgresqlGivesUpAfterEveryAttemptWhileAnotherSessionHoldsTheTable() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect();
        Connection holder = db.connect()) {
      runner(connection, AddQtyWithTimeout.class, RunListener.NONE).upgrade("1");
      lockExclusively(holder);

      assertThatThrownBy(() -> runner(connection, AddQtyWithTimeout.class, warnings()).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("Migration 2 (AddQtyWithTimeout, \"add qty\") gave up waiting for a lock on table"
              + " item: each of its 3 attempts waited 300ms. A long transaction holds a lock on it. Find it with"
              + " pg_stat_activity")
          .hasMessageContaining("canceling statement due to lock timeout")
          .hasMessageContaining("Nothing of this migration was recorded");

      assertThat(warnings).hasSize(2);
      holder.rollback();
      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");
      assertThat(history.failed(connection)).isEmpty();
      assertThat(columns(connection, "select column_name from information_schema.columns where table_name = 'item'"))
          .containsExactlyInAnyOrder("id", "note");
    }
  }

  @Test
  void postgresqlSucceedsOnARetryOnceTheLockIsLetGo() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect();
        Connection holder = db.connect()) {
      runner(connection, AddQtyWithTimeout.class, RunListener.NONE).upgrade("1");
      lockExclusively(holder);

      runner(connection, AddQtyWithTimeout.class, releasingAtFirstWarning(holder)).upgrade(null);

      assertThat(warnings).singleElement().asString().contains("attempt 1 of 3, retrying the migration in 0.5 s");
      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2");
      assertThat(columns(connection, "select column_name from information_schema.columns where table_name = 'item'"))
          .contains("qty");
    }
  }

  @Test
  void postgresqlOutsideATransactionRetriesTheStatementAndPutsTheSessionsTimeoutBack() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect();
        Connection holder = db.connect()) {
      runner(connection, NoteThenQtyOutside.class, RunListener.NONE).upgrade("1");
      lockExclusively(holder);

      runner(connection, NoteThenQtyOutside.class, releasingAtFirstWarning(holder)).upgrade(null);

      assertThat(warnings).singleElement().asString().contains("attempt 1 of 3, retrying the statement in 0.5 s");
      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2");
      assertThat(columns(connection, "show lock_timeout")).containsExactly("0");
    }
  }

  @Test
  void mariadbGivesUpAfterEveryAttemptWhileAnOpenTransactionHasReadTheTable() throws Exception {
    try (Server.Scratch db = Server.MARIADB.scratch(); Connection connection = db.connect();
        Connection holder = db.connect()) {
      runner(connection, AddQtyWithTimeout.class, RunListener.NONE).upgrade("1");
      String before = columns(connection, "select @@session.lock_wait_timeout").get(0);
      readInOpenTransaction(holder);

      assertThatThrownBy(() -> runner(connection, AddQtyWithTimeout.class, warnings()).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("Migration 2 (AddQtyWithTimeout, \"add qty\") gave up waiting for a lock on table"
              + " item: each of its 3 attempts waited 300ms. A long transaction holds a lock on it. Find it with"
              + " show processlist")
          .hasMessageContaining("Lock wait timeout exceeded");
      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");
      assertThat(history.failed(connection)).isEmpty();
      assertThat(columns(connection, "select column_name from information_schema.columns where table_schema ="
          + " database() and table_name = 'item'")).containsExactlyInAnyOrder("id", "note");
      assertThat(columns(connection, "select @@session.lock_wait_timeout")).containsExactly(before);
    }
  }

  @Test
  void mariadbSucceedsOnARetryOnceTheOpenTransactionEnds() throws Exception {
    try (Server.Scratch db = Server.MARIADB.scratch(); Connection connection = db.connect();
        Connection holder = db.connect()) {
      runner(connection, AddQtyWithTimeout.class, RunListener.NONE).upgrade("1");
      readInOpenTransaction(holder);

      runner(connection, AddQtyWithTimeout.class, releasingAtFirstWarning(holder)).upgrade(null);

      assertThat(warnings).singleElement().asString().contains("attempt 1 of 3, retrying the migration in 0.5 s");
      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2");
    }
  }

  /** {@code lock table ... in access exclusive mode}, held until the holder's transaction ends. */
  private static void lockExclusively(Connection holder) throws SQLException {
    holder.setAutoCommit(false);
    try (Statement statement = holder.createStatement()) {
      statement.execute("lock table item in access exclusive mode");
    }
  }

  /** A read in a transaction left open: MariaDB holds the table's metadata lock until it ends. */
  private static void readInOpenTransaction(Connection holder) throws SQLException {
    holder.setAutoCommit(false);
    try (Statement statement = holder.createStatement(); ResultSet rows = statement.executeQuery("select * from item")) {
      rows.next();
    }
  }

  private RunListener warnings() {
    return new RunListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
  }

  /** At the first timeout, another thread ends the holder's transaction while the migration pauses. */
  private RunListener releasingAtFirstWarning(Connection holder) {
    return new RunListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
        if (warnings.size() == 1) {
          CompletableFuture.runAsync(() -> {
            try {
              holder.rollback();
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          });
        }
      }
    };
  }

  private MigrationRunner runner(Connection connection, Class<? extends Migration> second,
      RunListener listener) {
    RevisionGraph graph = LockTimeoutMigrations.graph(second);
    return new MigrationRunner(connection, SqlDialects.forConnection(connection, null), graph, history, listener);
  }

  private static List<String> columns(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
