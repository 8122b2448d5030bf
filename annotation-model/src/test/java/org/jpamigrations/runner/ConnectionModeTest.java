package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The connection's auto-commit mode across a run: switched only where a migration needs the other mode, since each
 * switch is a round trip on MySQL, MariaDB and SQL Server, and given back to the caller as it was, after success
 * and after a failure.
 */
class ConnectionModeTest {

  private final HistoryTable history = new HistoryTable();
  /** Each mode the connection was switched to, in order. */
  private final List<Boolean> switches = new ArrayList<>();

  /** The connection, recording each {@code setAutoCommit} that changes its mode. */
  private Connection watched(Connection connection) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("setAutoCommit") && (boolean) args[0] != connection.getAutoCommit()) {
            switches.add((boolean) args[0]);
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private MigrationRunner runner(Connection connection, RevisionGraph graph) {
    return new MigrationRunner(connection, new PlainH2Dialect(), graph, history, RunListener.NONE);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void migrationsInTransactionsShareOneSwitchAndTheCallerGetsItsModeBack(boolean autoCommit) throws Exception {
    Connection h2 = H2.open();
    try {
      h2.setAutoCommit(autoCommit);
      Connection connection = watched(h2);

      assertThat(runner(connection, SafetyMigrations.fixed()).upgrade(null)).hasSize(3);

      List<Boolean> once = autoCommit ? List.of(false, true) : List.of();
      assertThat(switches).as("switches of an upgrade of three migrations").isEqualTo(once);
      assertThat(connection.getAutoCommit()).isEqualTo(autoCommit);

      switches.clear();
      runner(connection, SafetyMigrations.fixed()).downgrade("base");
      assertThat(switches).as("switches of a downgrade of three migrations").isEqualTo(once);
      assertThat(connection.getAutoCommit()).isEqualTo(autoCommit);
    } finally {
      H2.shutdown(h2);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aMigrationOutsideATransactionGetsAutoCommitAndAFailureGivesTheModeBack(boolean autoCommit) throws Exception {
    RevisionGraph graph = RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "create hits", "", SafetyMigrations.CreateHits.class),
        new MigrationScript("2", List.of("1"), "outside", "", SafetyMigrations.NonTransactionalBroken.class)));
    Connection h2 = H2.open();
    try {
      h2.setAutoCommit(autoCommit);
      Connection connection = watched(h2);

      assertThatThrownBy(() -> runner(connection, graph).upgrade(null)).isInstanceOf(MigrationException.class)
          .hasMessageContaining("failed at statement 2 of 2");

      assertThat(connection.getAutoCommit()).isEqualTo(autoCommit);
      // The first migration ran in a transaction and the second in auto-commit, whatever the caller's mode was.
      assertThat(H2.count(connection, "hits")).isEqualTo(1);
      assertThat(history.applied(connection)).extracting(row -> row.revision()).containsExactly("1");
    } finally {
      H2.shutdown(h2);
    }
  }
}
