package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A squash migration beside the migrations it replaces, and after they are deleted: fresh databases
 * run the squash, databases that applied some originals go on with them, and either way the history
 * and the schema agree with the replay.
 */
class SquashedHistoryTest {

  @Revision(id = "1", message = "create a")
  public static final class A implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("a").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("a");
    }
  }

  @Revision(id = "2", parent = "1", message = "add a.name")
  public static final class B implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("a", column("name", varchar(40)));
    }

    @Override
    public void down(Operations op) {
      op.dropColumn("a", "name");
    }
  }

  @Revision(id = "3", parent = "2", message = "create c")
  public static final class C implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("c").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("c");
    }
  }

  @Revision(id = "9", message = "squash 1 to 2", replaces = {"1", "2"})
  public static final class S implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("a").column(column("id", bigint()).notNull())
          .column(column("name", varchar(40))).withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("a");
    }
  }

  private final HistoryTable history = new HistoryTable();
  private Connection connection;

  @BeforeEach
  void open() throws Exception {
    connection = H2.open();
  }

  @AfterEach
  void close() throws Exception {
    H2.shutdown(connection);
  }

  private static RevisionGraph graph(Class<?>... types) {
    return RevisionGraph.of(Stream.of(types).map(SquashedHistoryTest::script).toList());
  }

  @SuppressWarnings("unchecked")
  private static MigrationScript script(Class<?> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return new MigrationScript(revision.id(), List.of(revision.parent()), revision.message(), "",
        (Class<? extends Migration>) type);
  }

  private MigrationRunner runner(RevisionGraph graph) {
    return new MigrationRunner(connection, new PlainH2Dialect(), graph, history, RunListener.NONE);
  }

  private List<String> rows() {
    return history.applied(connection).stream().map(AppliedRevision::revision).sorted().toList();
  }

  private static List<String> revisions(List<StepResult> steps) {
    return steps.stream().map(StepResult::revision).toList();
  }

  @Test
  void theSquashStandsForTheRevisionsItReplacesOffline() {
    RevisionGraph graph = graph(A.class, B.class, C.class, S.class);

    assertThat(graph.ordered()).extracting(MigrationScript::revision).containsExactly("9", "3");
    assertThat(graph.get("3").parents()).containsExactly("9");
    assertThat(graph.schemaAt("3")).isEqualTo(graph(A.class, B.class, C.class).schemaAt("3"))
        .isEqualTo(graph(C.class, S.class).schemaAt("3"));
    assertThatThrownBy(() -> graph.get("2")).isInstanceOf(MigrationException.class)
        .hasMessageContaining("squash migration 9").hasMessageContaining("name 9");
  }

  @Test
  void aDatabaseThatAppliedSomeOriginalsFollowsThem() {
    RevisionGraph followed = graph(A.class, B.class, C.class, S.class).followedBy(List.of("1"));

    assertThat(followed.ordered()).extracting(MigrationScript::revision).containsExactly("1", "2", "3");
    assertThat(followed.get("3").parents()).containsExactly("2");
    assertThat(followed.resolve("9")).isEqualTo("2");
  }

  @Test
  void aFreshDatabaseRunsTheSquashAndNotTheOriginals() throws Exception {
    RevisionGraph graph = graph(A.class, B.class, C.class, S.class);

    assertThat(revisions(runner(graph).upgrade(null))).containsExactly("9", "3");
    assertThat(rows()).containsExactly("3", "9");
    assertThat(H2.hasColumn(connection, "a", "name")).isTrue();

    assertThat(revisions(runner(graph).downgrade("base"))).containsExactly("3", "9");
    assertThat(rows()).isEmpty();
    assertThat(H2.hasTable(connection, "a")).isFalse();
  }

  @Test
  void aDatabaseHalfWayThroughTheOriginalsRunsTheRestOfThem() throws Exception {
    runner(graph(A.class, B.class, C.class)).upgrade("1");
    RevisionGraph graph = graph(A.class, B.class, C.class, S.class);

    assertThat(revisions(runner(graph).upgrade(null))).containsExactly("2", "3");
    assertThat(rows()).containsExactly("1", "2", "3");
    assertThat(runner(graph).current()).isEqualTo("3");

    assertThat(revisions(runner(graph).downgrade("1"))).containsExactly("3", "2");
    assertThat(rows()).containsExactly("1");
  }

  @Test
  void whereARunLeftTheDatabaseIsWhatTheHistoryTableSaysAfterIt() throws Exception {
    RevisionGraph graph = graph(A.class, B.class, C.class, S.class);
    // Both forms of the history: the squash on a fresh database, the originals once one of them is applied.
    List<String> moves = List.of("up:3", "down:base", "up:9", "down:9", "down:base");
    for (String start : List.of("", "1")) {
      if (!start.isEmpty()) {
        runner(graph(A.class, B.class, C.class)).upgrade(start);
      }
      for (String move : moves) {
        MigrationRunner runner = runner(graph);
        String target = move.substring(move.indexOf(':') + 1);
        List<StepResult> steps = move.startsWith("up") ? runner.upgrade(target) : runner.downgrade(target);

        assertThat(runner.reached(steps)).as("after %s from %s", move, start).isEqualTo(runner(graph).current());
      }
    }
  }

  @Test
  void onceTheOriginalsAreDeletedTheirRowsCountAsTheSquash() throws Exception {
    runner(graph(A.class, B.class)).upgrade(null);
    RevisionGraph graph = graph(C.class, S.class);

    assertThat(revisions(runner(graph).upgrade(null))).containsExactly("3");
    assertThat(runner(graph).current()).isEqualTo("3");
    assertThat(AppliedState.read(connection, history, graph).applied()).containsExactlyInAnyOrder("9", "3");

    assertThat(revisions(runner(graph).downgrade("base"))).containsExactly("3", "9");
    assertThat(rows()).isEmpty();
    assertThat(H2.hasTable(connection, "a")).isFalse();
  }

  @Test
  void someOriginalsAppliedAndTheirClassesGoneIsRefusedWithTheFix() throws Exception {
    runner(graph(A.class, B.class)).upgrade("1");
    RevisionGraph graph = graph(C.class, S.class);

    assertThatThrownBy(() -> runner(graph).upgrade(null)).isInstanceOf(MigrationException.class)
        .hasMessageContaining("applied 1 of the revisions that squash migration 9")
        .hasMessageContaining("Restore the replaced migrations");
    assertThat(rows()).containsExactly("1");
  }

  @Test
  void aReplacedRevisionLeftWithoutTheLastOneIsRefused() {
    assertThatThrownBy(() -> graph(A.class, C.class, S.class)).isInstanceOf(MigrationException.class)
        .hasMessageContaining("the last of them, 2, has no class");
  }
}
