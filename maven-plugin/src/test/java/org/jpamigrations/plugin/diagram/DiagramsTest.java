package org.jpamigrations.plugin.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;

class DiagramsTest {

  private final RevisionGraph graph = Bookshop.graph();

  private static DiagramColumn column(Diagram diagram, String table, String column) {
    return diagram.findTable(table).orElseThrow().columns().stream()
        .filter(c -> c.name().equals(column)).findFirst().orElseThrow();
  }

  @Test
  void aSchemaShowsEveryTableColumnAndForeignKeyUnchanged() {
    Diagram diagram = Diagrams.atRevision(graph, "1");

    assertThat(diagram.title()).isEqualTo("Schema at 1");
    assertThat(diagram.tables()).extracting(DiagramTable::name).containsExactly("author", "book", "legacy_stock");
    assertThat(diagram.findTable("book").orElseThrow().columns())
        .extracting(DiagramColumn::name, DiagramColumn::type, DiagramColumn::notNull, DiagramColumn::keys)
        .containsExactly(
            tuple("id", "bigint", true, "PK"),
            tuple("title", "varchar(200)", true, ""),
            tuple("isbn", "varchar(20)", false, ""),
            tuple("author_id", "bigint", true, "FK"));
    assertThat(diagram.findTable("author").orElseThrow().columns()).extracting(DiagramColumn::keys)
        .containsExactly("PK", "UK", "");
    assertThat(diagram.edges())
        .extracting(DiagramEdge::name, DiagramEdge::table, DiagramEdge::referencedTable, DiagramEdge::nullable)
        .containsExactly(
            tuple("fk_book_author", "book", "author", false),
            tuple("fk_stock_book", "legacy_stock", "book", true));
    assertThat(diagram.tables()).allMatch(t -> t.change() == Change.UNCHANGED && !t.destructive());
    assertThat(diagram.tables()).flatMap(DiagramTable::columns).allMatch(c -> c.change() == Change.UNCHANGED);
    assertThat(diagram.edges()).allMatch(e -> e.change() == Change.UNCHANGED);
    assertThat(diagram.destructiveSteps()).isEmpty();
  }

  @Test
  void headIsTheLastRevisionAndBaseIsEmpty() {
    assertThat(Diagrams.atRevision(graph, "head").title()).isEqualTo("Schema at head (2)");
    assertThat(Diagrams.atRevision(graph, "head").tables()).extracting(DiagramTable::name)
        .containsExactly("author", "title", "review");
    assertThat(Diagrams.atRevision(graph, "base").tables()).isEmpty();
  }

  @Test
  void anUnknownRevisionNamesTheKnownOnes() {
    assertThatThrownBy(() -> Diagrams.atRevision(graph, "7"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Unknown revision 7")
        .hasMessageContaining("1, 2");
  }

  @Test
  void aMigrationMarksWhatItAddedDroppedAndChanged() {
    Diagram diagram = Diagrams.ofMigration(graph, "2");

    assertThat(diagram.title()).isEqualTo("Migration 2 (Reshape, \"reshape\")");
    assertThat(diagram.tables())
        .extracting(DiagramTable::name, DiagramTable::change, DiagramTable::renamedFrom, DiagramTable::destructive)
        .containsExactly(
            tuple("author", Change.CHANGED, null, false),
            tuple("title", Change.CHANGED, "book", true),
            tuple("review", Change.ADDED, null, false),
            tuple("legacy_stock", Change.DROPPED, null, true));

    assertThat(diagram.findTable("author").orElseThrow().columns())
        .extracting(DiagramColumn::name, DiagramColumn::change, DiagramColumn::was)
        .containsExactly(
            tuple("id", Change.UNCHANGED, null),
            tuple("name", Change.UNCHANGED, null),
            tuple("pen_name", Change.CHANGED, "renamed from nickname"),
            tuple("email", Change.ADDED, null));
    assertThat(diagram.findTable("title").orElseThrow().columns())
        .extracting(DiagramColumn::name, DiagramColumn::change, DiagramColumn::was, DiagramColumn::destructive)
        .containsExactly(
            tuple("id", Change.UNCHANGED, null, false),
            tuple("title", Change.CHANGED, "was varchar(200) NOT NULL", true),
            tuple("author_id", Change.UNCHANGED, null, false),
            tuple("isbn", Change.DROPPED, null, true));
    assertThat(diagram.findTable("review").orElseThrow().columns()).allMatch(c -> c.change() == Change.ADDED);
    assertThat(diagram.findTable("legacy_stock").orElseThrow().columns()).allMatch(c -> c.change() == Change.DROPPED);
  }

  @Test
  void foreignKeysFollowRenamesAndDroppedOnesPointAtTheTablesShownName() {
    Diagram diagram = Diagrams.ofMigration(graph, "2");

    assertThat(diagram.edges())
        .extracting(DiagramEdge::name, DiagramEdge::table, DiagramEdge::referencedTable, DiagramEdge::change)
        .containsExactlyInAnyOrder(
            tuple("fk_book_author", "title", "author", Change.UNCHANGED),
            tuple("fk_review_title", "review", "title", Change.ADDED),
            tuple("fk_stock_book", "legacy_stock", "title", Change.DROPPED));
  }

  @Test
  void theDestructiveStepsAreThoseTheGeneratorWouldMark() {
    assertThat(Diagrams.ofMigration(graph, "2").destructiveSteps()).containsExactly(
        "drop table legacy_stock",
        "drop column title.isbn",
        "alter column title.title");
    assertThat(Diagrams.ofMigration(graph, "1").destructiveSteps()).isEmpty();
  }

  @Test
  void theFirstMigrationAddsEverything() {
    Diagram diagram = Diagrams.ofMigration(graph, "1");

    assertThat(diagram.tables()).allMatch(t -> t.change() == Change.ADDED);
    assertThat(diagram.edges()).allMatch(e -> e.change() == Change.ADDED);
  }
}
