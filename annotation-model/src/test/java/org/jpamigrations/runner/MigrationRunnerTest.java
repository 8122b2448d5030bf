package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.fixtures.FixtureNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationRunnerTest {

  private static final String V1 = "20260101000001";
  private static final String V2 = "20260101000002";
  private static final String V3 = "20260101000003";

  private final HistoryTable history = new HistoryTable();
  private final List<String> statements = new ArrayList<>();
  private final List<StepResult> finished = new ArrayList<>();
  private final RunListener listener = new RunListener() {
    @Override
    public void statement(String sql) {
      statements.add(sql);
    }

    @Override
    public void finished(StepResult step) {
      finished.add(step);
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

  private static RevisionGraph graph(String subPackage) {
    String name = FixtureNames.PACKAGE + (subPackage.isEmpty() ? "" : "." + subPackage);
    return RevisionGraph.of(MigrationLoader.load(MigrationRunnerTest.class.getClassLoader(), name));
  }

  private MigrationRunner runner() {
    return runner(graph(""), new PlainH2Dialect());
  }

  private MigrationRunner runner(RevisionGraph graph, PlainH2Dialect dialect) {
    return new MigrationRunner(connection, dialect, graph, history, listener);
  }

  private List<String> appliedRevisions() {
    return history.applied(connection).stream().map(AppliedRevision::revision).toList();
  }

  @Test
  void aNewDatabaseIsAtBase() throws Exception {
    MigrationRunner runner = runner();

    assertThat(runner.current()).isNull();
    assertThat(runner.downgrade(null)).isEmpty();
    assertThat(history.exists(connection)).isFalse();
  }

  @Test
  void upgradeAppliesEveryMigrationInOrder() throws Exception {
    MigrationRunner runner = runner();

    List<StepResult> steps = runner.upgrade(null);

    assertThat(steps).extracting(StepResult::revision).containsExactly(V1, V2, V3);
    assertThat(steps).allSatisfy(step -> assertThat(step.direction()).isEqualTo(Direction.UP));
    assertThat(steps.get(1).message()).isEqualTo("add email");
    assertThat(steps.get(1).statements()).isEqualTo(2);
    assertThat(steps.get(1).summary())
        .isEqualTo("2 statements: add column customer.email varchar(200), execute insert into customer (id, name,"
            + " email) values (1,...");
    assertThat(steps.get(0).summary()).isEqualTo("1 statement: create table customer");
    assertThat(finished).isEqualTo(steps);
    assertThat(statements).containsExactly(
        "create table customer (id bigint not null, name varchar(100), primary key (id))",
        "alter table customer add column email varchar(200)",
        "insert into customer (id, name, email) values (1, 'Ada', 'ada@example.org')",
        "create table purchase (id bigint not null, customer_id bigint, primary key (id))");
    // The Java step ran inside the migration.
    assertThat(H2.count(connection, "purchase")).isEqualTo(1);
    assertThat(runner.current()).isEqualTo(V3);
    assertThat(connection.getAutoCommit()).isTrue();
  }

  @Test
  void historyRowsDescribeWhatRan() {
    Instant before = Instant.now().minusSeconds(1);
    RevisionGraph graph = graph("");

    runner(graph, new PlainH2Dialect()).upgrade(null);

    List<AppliedRevision> rows = history.applied(connection);
    assertThat(rows).extracting(AppliedRevision::revision).containsExactly(V1, V2, V3);
    for (AppliedRevision row : rows) {
      MigrationScript script = graph.get(row.revision());
      assertThat(row.message()).isEqualTo(script.message());
      assertThat(row.checksum()).isEqualTo(script.checksum());
      assertThat(row.appliedAt()).isAfter(before);
      assertThat(row.executionMillis()).isNotNegative();
      assertThat(row.appliedBy()).isEqualTo(System.getProperty("user.name"));
    }
  }

  @Test
  void upgradeStopsAtTheTargetAndContinuesFromThere() throws Exception {
    MigrationRunner runner = runner();

    assertThat(runner.upgrade(V2)).extracting(StepResult::revision).containsExactly(V1, V2);
    assertThat(runner.current()).isEqualTo(V2);
    assertThat(H2.hasTable(connection, "purchase")).isFalse();

    assertThat(runner.upgrade(V1)).isEmpty();
    assertThat(runner.upgrade(V2)).isEmpty();
    assertThat(runner.upgrade(null)).extracting(StepResult::revision).containsExactly(V3);
    assertThat(runner.upgrade(null)).isEmpty();
    assertThat(appliedRevisions()).containsExactly(V1, V2, V3);
  }

  @Test
  void upgradeRejectsBaseAndUnknownTargets() {
    MigrationRunner runner = runner();

    assertThatThrownBy(() -> runner.upgrade("base"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Cannot upgrade to base")
        .hasMessageContaining("downgrade to base");
    assertThatThrownBy(() -> runner.upgrade("42"))
        .isInstanceOf(MigrationException.class)
        .hasMessage("Unknown revision 42. Known revisions: " + V1 + ", " + V2 + ", " + V3 + " (or head, base).");
  }

  @Test
  void headIsATargetLikeAnyRevision() throws Exception {
    MigrationRunner runner = runner();

    assertThat(runner.upgrade("head")).extracting(StepResult::revision).containsExactly(V1, V2, V3);
    assertThat(runner.downgrade("head")).isEmpty();
    assertThat(runner.downgrade(V1)).extracting(StepResult::revision).containsExactly(V3, V2);
    assertThat(appliedRevisions()).containsExactly(V1);
  }

  @Test
  void downgradeWithoutTargetUndoesTheLatestMigration() throws Exception {
    MigrationRunner runner = runner();
    runner.upgrade(null);

    List<StepResult> steps = runner.downgrade(null);

    assertThat(steps).extracting(StepResult::revision).containsExactly(V3);
    assertThat(steps.get(0).direction()).isEqualTo(Direction.DOWN);
    assertThat(steps.get(0).summary()).isEqualTo("1 statement: drop table purchase");
    assertThat(runner.current()).isEqualTo(V2);
    assertThat(H2.hasTable(connection, "purchase")).isFalse();
    assertThat(H2.hasColumn(connection, "customer", "email")).isTrue();
  }

  @Test
  void downgradeToATargetUndoesTheLaterMigrationsLatestFirst() throws Exception {
    MigrationRunner runner = runner();
    runner.upgrade(null);

    assertThat(runner.downgrade(V1)).extracting(StepResult::revision).containsExactly(V3, V2);

    assertThat(runner.current()).isEqualTo(V1);
    assertThat(H2.hasColumn(connection, "customer", "email")).isFalse();
    assertThat(H2.count(connection, "customer")).isZero();
    assertThat(runner.downgrade(V1)).isEmpty();
  }

  @Test
  void downgradeToBaseUndoesEverything() throws Exception {
    MigrationRunner runner = runner();
    runner.upgrade(null);

    assertThat(runner.downgrade("base")).extracting(StepResult::revision).containsExactly(V3, V2, V1);

    assertThat(runner.current()).isNull();
    assertThat(history.applied(connection)).isEmpty();
    assertThat(H2.hasTable(connection, "customer")).isFalse();
    // And it can all be applied again.
    assertThat(runner.upgrade(null)).hasSize(3);
  }

  @Test
  void downgradeRejectsATargetThatIsNotApplied() {
    MigrationRunner runner = runner();
    runner.upgrade(V1);

    assertThatThrownBy(() -> runner.downgrade(V3))
        .isInstanceOf(MigrationException.class)
        .hasMessage("Cannot downgrade to revision " + V3 + ": it is not applied. Choose an applied revision ("
            + V1 + ") or base.");
  }

  @Test
  void anAppliedRevisionWithoutMigrationClassIsReported() {
    MigrationRunner runner = runner();
    runner.upgrade(V1);
    history.insert(connection, new AppliedRevision("19990101000000", "gone", "x", Instant.now(), 1, "ann"));

    assertThatThrownBy(runner::current)
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("The database has revision 19990101000000 applied, which no migration class declares.")
        .hasMessageContaining("jpa_migrations_history");
  }

  @Test
  void aFailingStatementLeavesTheHistoryConsistent() throws Exception {
    MigrationRunner runner = runner(graph("failing"), new PlainH2Dialect());

    assertThatThrownBy(() -> runner.upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Migration 40000000000002 (F2Break, \"break\") failed at statement 2 of 3: "
            + "insert into no_such_table values (1)\n  ")
        .hasMessageContaining("NO_SUCH_TABLE")
        .hasMessageContaining("H2 commits schema changes as they run: whatever of statement 1 changed the schema"
            + " took effect (data changes were rolled back). Table jpa_migrations_history records it as FAILED and"
            + " nothing more runs until it is repaired: undo those changes by hand, fix the"
            + " migration, then run mvn migrations:repair and upgrade again.");

    assertThat(appliedRevisions()).containsExactly("40000000000001");
    assertThat(runner.current()).isEqualTo("40000000000001");
    // H2 commits DDL at once, as the dialect says: the first statement stayed.
    assertThat(H2.hasColumn(connection, "widget", "size")).isTrue();
    assertThat(H2.hasColumn(connection, "widget", "color")).isFalse();
    assertThat(connection.getAutoCommit()).isTrue();
    assertThat(finished).extracting(StepResult::revision).containsExactly("40000000000001");
  }

  @Test
  void onATransactionalDatabaseTheMessageSaysTheChangesWereRolledBack() {
    PlainH2Dialect transactional = new PlainH2Dialect() {
      @Override
      public boolean transactionalDdl() {
        return true;
      }
    };
    MigrationRunner runner = runner(graph("failing"), transactional);

    assertThatThrownBy(() -> runner.upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Nothing of this migration was recorded; its changes were rolled back. "
            + "Earlier migrations stay applied.");
  }

  @Test
  void migrationsEditedAfterTheyRanAreReported() {
    MigrationRunner runner = runner();
    runner.upgrade(V2);
    assertThat(runner.changedSinceApplied()).isEmpty();
    history.delete(connection, V1);
    history.insert(connection, new AppliedRevision(V1, "create customer", "0000", Instant.now(), 1, "ann"));

    assertThat(runner.changedSinceApplied()).extracting(AppliedRevision::revision).containsExactly(V1);
  }

  @Test
  void aDownThatDoesNotFitItsUpIsReportedBeforeAnythingRuns() throws Exception {
    RevisionGraph graph = RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "create t", "", BadDown.class)));
    MigrationRunner runner = runner(graph, new PlainH2Dialect());
    runner.upgrade(null);

    assertThatThrownBy(() -> runner.downgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Migration 1 (BadDown, \"create t\") cannot be undone: in down(), drop table other")
        .hasMessageContaining("Fix down() so that it undoes up().");
    assertThat(appliedRevisions()).containsExactly("1");
    assertThat(H2.hasTable(connection, "t")).isTrue();
  }

  /** Its down() drops a table its up() never created. */
  public static class BadDown implements org.jpamigrations.migration.Migration {
    @Override
    public void up(org.jpamigrations.migration.Operations op) {
      op.createTable(org.jpamigrations.migration.Dsl.table("t")
          .column(org.jpamigrations.migration.Dsl.column("id", org.jpamigrations.migration.Dsl.bigint())));
    }

    @Override
    public void down(org.jpamigrations.migration.Operations op) {
      op.dropTable("other");
    }
  }

  @Test
  void anOperationTheDialectCannotRenderFailsBeforeAnythingRuns() {
    PlainH2Dialect refusing = new PlainH2Dialect() {
      @Override
      public List<String> render(org.jpamigrations.operation.Operation operation,
          org.jpamigrations.model.Schema before) {
        if (operation instanceof org.jpamigrations.operation.AddColumn) {
          throw new UnsupportedOperationException("no columns today");
        }
        return super.render(operation, before);
      }
    };
    MigrationRunner runner = runner(graph(""), refusing);

    assertThatThrownBy(() -> runner.upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Cannot write SQL for H2 to add column customer.email varchar(200) in migration "
            + V2 + " (V2AddEmail, \"add email\"): no columns today");
    assertThat(appliedRevisions()).containsExactly(V1);
  }

  @Test
  void aMigrationForOtherDatabasesStopsTheUpgradeBeforeAnythingRuns() throws Exception {
    MigrationRunner runner = runner(graph("elsewhere"), new PlainH2Dialect());

    assertThatThrownBy(() -> runner.upgrade(null))
        .isInstanceOf(MigrationException.class)
        .hasMessage("Cannot upgrade: migration 50000000000002 (E2PostgresOnly, \"inet\") runs on postgresql, oracle only"
            + " (@Revision(databases)), and this database is H2. Nothing was run. Run it on one of those, or add h2"
            + " to its databases if its SQL runs here too.");
    assertThat(appliedRevisions()).isEmpty();
    assertThat(statements).isEmpty();

    runner.upgrade("50000000000001");
    assertThat(appliedRevisions()).containsExactly("50000000000001");
  }

  @Test
  void anUnknownDatabaseNameIsRefusedWhenTheMigrationsLoad() {
    assertThatThrownBy(() -> graph("misnamed"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("names database 'postgres' in @Revision(databases). Use h2, postgresql, mysql,");
  }
}
