package org.jpamigrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.jpamigrations.migration.Dsl;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.model.Schema;
import org.jpamigrations.runner.fixtures.FixtureNames;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  private static final ClassLoader LOADER = RevisionGraphTest.class.getClassLoader();

  /** For graph shapes: the graph only looks at ids and parents. */
  public static class Noop implements Migration {
    @Override
    public void up(Operations op) {}

    @Override
    public void down(Operations op) {}
  }

  /** A migration whose up() does not fit an empty schema. */
  public static class DropsMissingTable implements Migration {
    @Override
    public void up(Operations op) {
      op.dropTable("ghost");
    }

    @Override
    public void down(Operations op) {}
  }

  /** Creates table t and counts how often migrations of this test are created. */
  public static class CreateT implements Migration {
    static int created;

    public CreateT() {
      created++;
    }

    @Override
    public void up(Operations op) {
      op.createTable(Dsl.table("t").column(Dsl.column("id", Dsl.bigint())));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("t");
    }
  }

  public static class AddB implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("t", Dsl.column("b", Dsl.bigint()));
    }

    @Override
    public void down(Operations op) {
      op.dropColumn("t", "b");
    }
  }

  public static class AddC implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("t", Dsl.column("c", Dsl.bigint()));
    }

    @Override
    public void down(Operations op) {
      op.dropColumn("t", "c");
    }
  }

  private static MigrationScript script(String revision, Class<? extends Migration> type, String... parents) {
    return new MigrationScript(revision, List.of(parents), "", "", type);
  }

  private static MigrationScript script(String revision, String... parents) {
    return new MigrationScript(revision, List.of(parents), "m" + revision, "", Noop.class);
  }

  private static List<String> revisions(List<MigrationScript> scripts) {
    return scripts.stream().map(MigrationScript::revision).toList();
  }

  private static RevisionGraph fixtures() {
    return RevisionGraph.of(MigrationLoader.load(LOADER, FixtureNames.PACKAGE));
  }

  @Test
  void ordersFromTheFirstMigrationToTheHead() {
    RevisionGraph graph = RevisionGraph.of(List.of(script("3", "2"), script("1"), script("2", "1")));

    assertThat(revisions(graph.ordered())).containsExactly("1", "2", "3");
    assertThat(graph.head()).map(MigrationScript::revision).contains("3");
  }

  @Test
  void anEmptyGraphHasNoHead() {
    RevisionGraph graph = RevisionGraph.of(List.of());

    assertThat(graph.ordered()).isEmpty();
    assertThat(graph.head()).isEmpty();
    assertThat(graph.schemaAt(null)).isEqualTo(Schema.EMPTY);
    assertThat(graph.between(null, null)).isEmpty();
  }

  @Test
  void branchesJoinedByAMergeAreOneHistory() {
    RevisionGraph graph = RevisionGraph.of(List.of(
        script("a"), script("b", "a"), script("c", "a"), script("m", "b", "c"), script("n", "m")));

    assertThat(revisions(graph.ordered())).containsExactly("a", "b", "c", "m", "n");
    assertThat(graph.head()).map(MigrationScript::revision).contains("n");
    assertThat(revisions(graph.between("b", "m"))).containsExactly("c", "m");
    assertThat(graph.lineage("m")).containsExactlyInAnyOrder("a", "b", "c", "m");
  }

  @Test
  void twoHeadsAreRejectedWithAHintToMerge() {
    assertThatThrownBy(() -> RevisionGraph.of(MigrationLoader.load(LOADER, FixtureNames.PACKAGE + ".twoheads")))
        .isInstanceOf(MigrationException.class)
        .hasMessage("Two heads: revisions 30000000000002 (T2Left) and 30000000000003 (T3Right) both follow "
            + "30000000000001. Make one follow the other: set @Revision(parent = ...) of the newer to the other's id, "
            + "or merge them with mvn migrations:merge.");
  }

  @Test
  void anUnknownParentIsRejected() {
    assertThatThrownBy(() -> RevisionGraph.of(MigrationLoader.load(LOADER, FixtureNames.PACKAGE + ".orphan")))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Migration 70000000000002 (O2Lost) follows revision 69999999999999")
        .hasMessageContaining("no migration class declares");
  }

  @Test
  void twoFirstMigrationsAreRejected() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(script("1"), script("2"))))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Two first migrations: revisions 1 (Noop) and 2 (Noop) have no parent");
  }

  @Test
  void aCircleIsRejected() {
    assertThatThrownBy(() -> RevisionGraph.of(List.of(script("1"), script("2", "3"), script("3", "2"))))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Revisions 2, 3 follow each other in a circle");
  }

  @Test
  void anUnknownRevisionListsTheKnownOnes() {
    RevisionGraph graph = RevisionGraph.of(List.of(script("a"), script("b", "a"), script("c", "b")));

    assertThatThrownBy(() -> graph.get("x"))
        .isInstanceOf(MigrationException.class)
        .hasMessage("Unknown revision x. Known revisions: a, b, c (or head, base).");
    assertThat(graph.get("b").message()).isEqualTo("mb");
  }

  @Test
  void headNamesTheLastMigrationAndBaseWhenThereIsNone() {
    RevisionGraph graph = RevisionGraph.of(List.of(script("a"), script("b", "a")));

    assertThat(graph.resolve("head")).isEqualTo("b");
    assertThat(graph.resolve("base")).isEqualTo("base");
    assertThat(graph.resolve("a")).isEqualTo("a");
    assertThat(graph.resolve(null)).isNull();
    assertThat(RevisionGraph.of(List.of()).resolve("head")).isEqualTo("base");
  }

  @Test
  void betweenTakesTheMigrationsAfterOneRevisionUpToAnother() {
    RevisionGraph graph = RevisionGraph.of(List.of(script("a"), script("b", "a"), script("c", "b"), script("d", "c")));

    assertThat(revisions(graph.between(null, "c"))).containsExactly("a", "b", "c");
    assertThat(revisions(graph.between("base", null))).containsExactly("a", "b", "c", "d");
    assertThat(revisions(graph.between("a", "c"))).containsExactly("b", "c");
    assertThat(graph.between("c", "c")).isEmpty();
    assertThat(graph.between("d", "b")).isEmpty();
  }

  @Test
  void schemaAtReplaysTheMigrationsUpToTheRevision() {
    RevisionGraph graph = fixtures();

    assertThat(graph.schemaAt(null)).isEqualTo(Schema.EMPTY);
    assertThat(graph.schemaAt("base")).isEqualTo(Schema.EMPTY);
    Schema first = graph.schemaAt("20260101000001");
    assertThat(first.tables()).extracting(t -> t.name()).containsExactly("customer");
    assertThat(first.table("customer").findColumn("email")).isEmpty();
    Schema second = graph.schemaAt("20260101000002");
    assertThat(second.table("customer").findColumn("email")).isPresent();
    Schema head = graph.schemaAt("20260101000003");
    assertThat(head.tables()).extracting(t -> t.name()).containsExactly("customer", "purchase");
    assertThat(graph.schemaBefore("20260101000003")).isEqualTo(second);
  }

  @Test
  void schemaAtAMergeHoldsTheChangesOfBothBranches() {
    RevisionGraph graph = RevisionGraph.of(List.of(script("a", CreateT.class), script("b", AddB.class, "a"),
        script("c", AddC.class, "a"), script("m", Noop.class, "b", "c"), script("n", Noop.class, "m")));

    assertThat(graph.schemaAt("b").table("t").columns()).extracting(c -> c.name()).containsExactly("id", "b");
    assertThat(graph.schemaAt("c").table("t").columns()).extracting(c -> c.name()).containsExactly("id", "c");
    assertThat(graph.schemaAt("n").table("t").columns()).extracting(c -> c.name()).containsExactly("id", "b", "c");
    assertThat(graph.schemaBefore("m")).isEqualTo(graph.schemaAt("m"));
  }

  @Test
  void replayRunsEachMigrationOnce() {
    RevisionGraph graph = RevisionGraph.of(List.of(
        script("1", CreateT.class), script("2", AddB.class, "1"), script("3", AddC.class, "2")));
    CreateT.created = 0;

    Schema head = graph.schemaAt("3");
    graph.schemaAt("2");
    graph.schemaBefore("3");

    assertThat(graph.schemaAt("3")).isEqualTo(head);
    assertThat(CreateT.created).isEqualTo(1);
  }

  @Test
  void schemaAtNamesTheMigrationAndOperationThatDoNotFit() {
    RevisionGraph graph = RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "drop ghost", "", DropsMissingTable.class)));

    assertThatThrownBy(() -> graph.schemaAt("1"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Migration 1 (DropsMissingTable, \"drop ghost\") does not fit")
        .hasMessageContaining("drop table ghost fails: No table ghost in the schema");
  }

  @Test
  void aMigrationWithoutPublicConstructorCannotBeCreated() {
    MigrationScript script = new MigrationScript("1", List.of(), "", "", Hidden.class);

    assertThatThrownBy(script::up)
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Cannot create migration " + Hidden.class.getName())
        .hasMessageContaining("no no-argument constructor");
  }

  /** Needs an argument, so it cannot be created. */
  public static class Hidden implements Migration {
    public Hidden(String unused) {}

    @Override
    public void up(Operations op) {}

    @Override
    public void down(Operations op) {}
  }

  @Test
  void allowingHeadsKeepsUnmergedBranchesAndNamesTheirHeads() {
    RevisionGraph graph = RevisionGraph.allowingHeads(List.of(
        script("a", CreateT.class), script("b", AddB.class, "a"), script("c", AddC.class, "a")));

    assertThat(revisions(graph.heads())).containsExactly("b", "c");
    assertThat(revisions(graph.children("a"))).containsExactly("b", "c");
    assertThat(revisions(graph.between(null, null))).containsExactly("a", "b", "c");
    assertThat(graph.schemaOf(Set.of("a", "b", "c")).table("t").columns())
        .extracting(c -> c.name()).containsExactly("id", "b", "c");
    assertThat(graph.schemaOf(Set.of())).isEqualTo(Schema.EMPTY);
  }

  @Test
  void allowingHeadsStillRejectsTwoFirstMigrations() {
    assertThatThrownBy(() -> RevisionGraph.allowingHeads(List.of(script("1"), script("2"))))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Two first migrations");
  }

  @Test
  void aSingleHeadGraphHasOneHead() {
    RevisionGraph graph = RevisionGraph.of(List.of(script("a"), script("b", "a"), script("c", "a"), script("m", "b", "c")));
    assertThat(revisions(graph.heads())).containsExactly("m");
  }
}
