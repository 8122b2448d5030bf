package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A contract migration waits for the release after the one that brings it, while the version before it may
 * still run, and runs at once where nothing can be running: on a new database, as the named target, or when
 * asked.
 */
class ContractMigrationTest {

  @Revision(id = "1", message = "create a")
  public static final class Create implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("a").column(column("id", bigint()).notNull()).column(column("name", varchar(40)))
          .withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("a");
    }
  }

  @Revision(id = "2", parent = "1", message = "expand: add a.title")
  public static final class Expand implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("a", column("title", varchar(40)));
    }

    @Override
    public void down(Operations op) {
      op.dropColumn("a", "title");
    }
  }

  @Revision(id = "3", parent = "2", message = "contract: drop a.name", contract = true)
  public static final class Contract implements Migration {
    @Override
    public void up(Operations op) {
      op.dropColumn("a", "name");
    }

    @Override
    public void down(Operations op) {
      op.addColumn("a", column("name", varchar(40)));
    }
  }

  @Revision(id = "4", parent = "3", message = "next release: create c")
  public static final class NextRelease implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("c").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("c");
    }
  }

  private final HistoryTable history = new HistoryTable();
  private final List<String> warnings = new ArrayList<>();
  private Connection connection;

  @BeforeEach
  void open() throws Exception {
    connection = H2.open();
  }

  @AfterEach
  void close() throws Exception {
    H2.shutdown(connection);
  }

  @SuppressWarnings("unchecked")
  private static RevisionGraph graph(Class<?>... types) {
    return RevisionGraph.of(Stream.of(types).map(type -> {
      Revision revision = type.getAnnotation(Revision.class);
      return new MigrationScript(revision.id(), List.of(revision.parent()), revision.message(), "",
          (Class<? extends Migration>) type);
    }).toList());
  }

  private List<String> upgrade(RevisionGraph graph, String target, boolean runContracts) {
    RunListener listener = new RunListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
    return new MigrationRunner(connection, new PlainH2Dialect(), graph, history, listener,
        RunOptions.DEFAULTS.withRunContracts(runContracts)).upgrade(target).stream().map(StepResult::revision).toList();
  }

  @Test
  void aNewDatabaseRunsTheContractAtOnce() throws Exception {
    assertThat(upgrade(graph(Create.class, Expand.class, Contract.class), null, false)).containsExactly("1", "2", "3");
    assertThat(H2.hasColumn(connection, "a", "name")).isFalse();
    assertThat(warnings).isEmpty();
  }

  @Test
  void theReleaseThatBringsTheContractHoldsItBackUntilTheNextOne() throws Exception {
    upgrade(graph(Create.class), null, false);
    RevisionGraph release = graph(Create.class, Expand.class, Contract.class);

    assertThat(upgrade(release, null, false)).containsExactly("2");
    assertThat(upgrade(release, "head", false)).isEmpty();
    assertThat(H2.hasColumn(connection, "a", "name")).isTrue();
    assertThat(warnings).hasSize(2).allSatisfy(warning -> assertThat(warning)
        .startsWith("Held back contract migration 3 (Contract, \"contract: drop a.name\")")
        .contains("once a migration follows it").contains("migrations.contract=true"));
    AppliedState state = AppliedState.read(connection, history, release);
    assertThat(state.heldBack()).extracting(MigrationScript::revision).containsExactly("3");
    assertThat(state.pending()).extracting(MigrationScript::revision).containsExactly("3");

    assertThat(upgrade(graph(Create.class, Expand.class, Contract.class, NextRelease.class), null, false))
        .containsExactly("3", "4");
    assertThat(H2.hasColumn(connection, "a", "name")).isFalse();
  }

  @Test
  void aScriptForADatabaseAdministratorMarksWhereTheContractStarts() {
    String script = SqlScript.write(graph(Create.class, Expand.class, Contract.class), new PlainH2Dialect(),
        "jpa_migrations_history", Direction.UP, "1", null, RunListener.NONE);

    assertThat(script).containsSubsequence("-- 2 (Expand", "-- 3 (Contract",
        "-- CONTRACT: it removes what the application version before it still uses", "drop column");
    assertThat(script.indexOf("-- CONTRACT")).isGreaterThan(script.indexOf("-- 3 (Contract"));
  }

  @Test
  void askedForOrNamedTheContractRuns() throws Exception {
    upgrade(graph(Create.class, Expand.class), null, false);
    RevisionGraph release = graph(Create.class, Expand.class, Contract.class);

    assertThat(upgrade(release, "3", false)).containsExactly("3");
    new MigrationRunner(connection, new PlainH2Dialect(), release, history, RunListener.NONE).downgrade("2");
    assertThat(upgrade(release, null, true)).containsExactly("3");
    assertThat(warnings).isEmpty();
  }
}
