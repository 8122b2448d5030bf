package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;

/**
 * A run whose migrations share one transaction ({@link RunOptions#group}): on PostgreSQL all of them take effect,
 * or none, and they are reported once committed; a migration outside a transaction commits what ran before it; on
 * a database whose DDL commits as it runs, the option says it has no effect.
 */
class GroupedRunTest {

  private static final RunOptions GROUPED = RunOptions.DEFAULTS.withGroup(true);

  private final HistoryTable history = new HistoryTable();
  private final List<String> events = new ArrayList<>();
  private final RunListener listener = new RunListener() {
    @Override
    public void statement(String sql) {
      events.add("statement " + sql);
    }

    @Override
    public void finished(StepResult step) {
      events.add((step.direction() == Direction.UP ? "applied " : "undone ") + step.revision());
    }

    @Override
    public void warning(String message) {
      events.add("warning " + message);
    }
  };

  private MigrationRunner runner(Connection connection, RevisionGraph graph) {
    return new MigrationRunner(connection, SqlDialects.forConnection(connection, null), graph, history, listener,
        GROUPED);
  }

  @Test
  void onPostgreSqlAFailureRollsBackEveryMigrationOfTheRunAndSaysWhich() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner(connection, SafetyMigrations.broken()).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("failed at statement 3 of 3: insert into no_such_table values (1)")
          .hasMessageContaining("The run's migrations share one transaction (migrations.group): the one applied"
              + " before it in this run was rolled back with it and is not applied: 1 (")
          .hasMessageNotContaining("Earlier migrations stay applied");

      assertThat(Server.tables(connection)).doesNotContain("hits", "alpha", "beta");
      assertThat(history.rows(connection)).isEmpty();
      assertThat(events).noneMatch(e -> e.startsWith("applied"));
    }
  }

  @Test
  void onPostgreSqlTheMigrationsAreReportedOnceTheirTransactionCommits() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      assertThat(runner(connection, SafetyMigrations.fixed()).upgrade(null))
          .extracting(StepResult::revision).containsExactly("1", "2", "3");

      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1", "2", "3");
      assertThat(connection.getAutoCommit()).isTrue();
      int lastStatement = lastIndex("statement ");
      assertThat(events.subList(lastStatement + 1, events.size()))
          .containsExactly("applied 1", "applied 2", "applied 3");

      events.clear();
      runner(connection, SafetyMigrations.fixed()).downgrade("base");
      assertThat(Server.tables(connection)).doesNotContain("hits", "alpha", "beta");
      assertThat(events.subList(lastIndex("statement ") + 1, events.size()))
          .containsExactly("undone 3", "undone 2", "undone 1");
    }
  }

  @Test
  void onPostgreSqlAMigrationOutsideATransactionCommitsWhatRanBeforeIt() throws Exception {
    RevisionGraph graph = RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "create hits", "", SafetyMigrations.CreateHits.class),
        new MigrationScript("2", List.of("1"), "outside", "", SafetyMigrations.NonTransactionalBroken.class)));
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      assertThatThrownBy(() -> runner(connection, graph).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("failed at statement 2 of 2")
          .hasMessageNotContaining("migrations.group");

      assertThat(Server.tables(connection)).contains("hits");
      assertThat(events).contains("applied 1");
      assertThat(history.rows(connection)).extracting(AppliedRevision::revision).contains("1");
    }
  }

  @Test
  void onH2WhoseDdlCommitsAsItRunsEachMigrationKeepsItsTransactionAndTheRunSaysSo() throws Exception {
    Connection connection = H2.open();
    try {
      assertThatThrownBy(() -> runner(connection, SafetyMigrations.broken()).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("failed at statement 3 of 3")
          .hasMessageNotContaining("migrations.group");

      assertThat(events).contains("warning migrations.group has no effect on H2: its DDL commits as it runs,"
          + " so each migration runs in its own transaction.", "applied 1");
      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");
    } finally {
      H2.shutdown(connection);
    }
  }

  private int lastIndex(String prefix) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("No event starts with " + prefix + ": " + events);
  }
}
