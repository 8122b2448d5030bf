package org.jpamigrations.plugin.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.numeric;
import static org.jpamigrations.migration.Dsl.table;

import java.util.List;
import java.util.regex.Pattern;
import org.jpamigrations.model.Schema;
import org.junit.jupiter.api.Test;

class TextRenderersTest {

  /** An attribute line as Mermaid's ER grammar reads it: type, name, optional keys, optional quoted comment. */
  private static final Pattern MERMAID_ATTRIBUTE = Pattern.compile(
      "\\s+[A-Za-z][A-Za-z0-9_()\\[\\]-]* [A-Za-z*][A-Za-z0-9_()\\[\\]-]*( (PK|FK|UK)(, (PK|FK|UK))*)?( \"[^\"%]*\")?");

  private final Diagram change = Diagrams.ofMigration(Bookshop.graph(), "2");

  /** A table in a namespace, a quoted column with a space, and a type with a comma: what Mermaid cannot take bare. */
  private final Diagram awkward = Diagrams.ofSchema("awkward: \"names\"", new Schema(List.of(
      table("app.orders").column(column("id", bigint()).notNull()).withPrimaryKey("id"),
      table("app.order_line")
          .column(column("`line no`", bigint()).notNull())
          .column(column("order_id", bigint()).notNull())
          .column(column("price", numeric(10, 2)))
          .withForeignKey(foreignKey("fk_line_order", "order_id").references("app.orders", "id"))), List.of()));

  @Test
  void mermaidWritesEachTableAsAnEntityAndEachKeyAsARelationship() {
    String mermaid = new MermaidRenderer().render(change);

    assertThat(mermaid).startsWith("---\ntitle: \"Migration 2 (Reshape, \\\"reshape\\\")\"\n---\nerDiagram\n");
    assertThat(mermaid).contains(
        "    author {\n"
            + "        bigint id PK \"NOT NULL\"\n"
            + "        varchar(120) name UK \"NOT NULL\"\n"
            + "        varchar(60) pen_name \"changed; renamed from nickname\"\n"
            + "        varchar(255) email \"added\"\n"
            + "    }\n");
    assertThat(mermaid)
        .contains("        varchar(20) isbn \"dropped; \u26a0 can lose data\"\n")
        .contains("    review {\n        bigint id PK \"NOT NULL\"\n        bigint title_id FK\n")
        .contains("    legacy_stock {\n        bigint book_id FK \"\u26a0 can lose data\"\n")
        .contains("    title }o--|| author : \"fk_book_author\"\n")
        .contains("    review }o--o| title : \"fk_review_title (added)\"\n")
        .contains("    legacy_stock }o--o| title : \"fk_stock_book (dropped)\"\n")
        .contains("    class review added\n")
        .contains("    class legacy_stock dropped\n")
        .contains("    class author,title changed\n")
        .contains("    %% title: renamed from book\n    title {\n")
        .contains("    %% DESTRUCTIVE: drop table legacy_stock\n");
  }

  @Test
  void mermaidQuotesOrReplacesWhatItsGrammarCannotTake() {
    String mermaid = new MermaidRenderer().render(awkward);

    assertThat(mermaid)
        .contains("title: \"awkward: \\\"names\\\"\"")
        .contains("    \"app.orders\" {\n")
        .contains("        bigint line_no \"NOT NULL\"\n")
        .contains("        numeric(10_2) price\n")
        .contains("    \"app.order_line\" }o--|| \"app.orders\" : \"fk_line_order\"\n")
        .doesNotContain("classDef");
    for (Diagram diagram : List.of(change, awkward)) {
      new MermaidRenderer().render(diagram).lines()
          .filter(line -> line.startsWith("        "))
          .forEach(line -> assertThat(line).matches(MERMAID_ATTRIBUTE));
    }
  }

  @Test
  void dotDrawsEveryTableAsANodeAndEveryKeyAsAnEdgeBetweenColumns() {
    String dot = new DotRenderer().render(change);

    assertThat(dot).startsWith("digraph schema {\n").endsWith("}\n");
    for (DiagramTable table : change.tables()) {
      assertThat(dot).contains("  \"" + table.name() + "\" [label=<<table ");
    }
    assertThat(dot)
        .contains("  \"title\":\"out.author_id\":e -> \"author\":\"in.id\":w"
            + " [tooltip=\"fk_book_author\", color=\"#455a64\"];\n")
        .contains("  \"review\":\"out.title_id\":e -> \"title\":\"in.id\":w"
            + " [tooltip=\"fk_review_title\", color=\"#2e7d32\", style=dashed, penwidth=2, label=\"added\"];\n")
        .contains("bgcolor=\"" + Palette.of(Change.DROPPED).fill() + "\"")
        .contains("<s>isbn</s>")
        .contains("  // DESTRUCTIVE: alter column title.title\n")
        .doesNotContain("\"></font>"); // Graphviz rejects an empty font element
  }

  @Test
  void dotEscapesQuotesAndMarkup() {
    String dot = new DotRenderer().render(Diagrams.ofSchema("a \"b\" <c>", new Schema(List.of(
        table("t").column(column("x", bigint().definedAs("array<int>")))), List.of())));

    assertThat(dot).contains("label=\"a \\\"b\\\" <c>\"").contains("array&lt;int&gt;");
  }
}
