package org.jpamigrations.plugin.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.integer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  public static final class Empty implements Migration {
    @Override
    public void up(Operations op) {}

    @Override
    public void down(Operations op) {}
  }

  /** One column on one table of the bookshop: its picture needs that table alone. */
  public static final class AddRating implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("review", column("rating", integer()));
    }

    @Override
    public void down(Operations op) {}
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void theReportHasTheSchemaTheGraphAndEachMigrationsChangeAndNeedsNothingElse() {
    String html = new HtmlReport().render("bookshop", Bookshop.graph());

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>bookshop: schema migrations</title>");
    assertThat(all(Pattern.compile("<section id=\"([^\"]+)\""), html))
        .containsExactly("schema", "history", "migration-1", "migration-2");
    // the schema at head and at the first revision (chosen on the page), the graph, and the two changes
    assertThat(html.split("<svg ", -1)).hasSize(1 + 5);
    assertThat(html).contains("<option value=\"head\" selected>head (2)</option>", "<option value=\"1\">",
        "<figure class=\"schema\" data-revision=\"1\" hidden>");
    String second = html.substring(html.indexOf("<section id=\"migration-2\""));
    assertThat(second).contains("<li>DESTRUCTIVE: drop column title.isbn</li>", "data-table=\"legacy_stock\"");
    // offline: no script, stylesheet or picture from elsewhere; the only URL is SVG's namespace
    assertThat(html).doesNotContain("<script src", "<link", "src=", "@import");
    assertThat(all(Pattern.compile("(https?://[^\"\\s]+)"), html)).containsOnly("http://www.w3.org/2000/svg");
    // several pictures on one page: their ids must not collide
    List<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""), html);
    assertThat(ids).doesNotHaveDuplicates();
    for (String reference : all(Pattern.compile("url\\(#([^)]+)\\)"), html)) {
      assertThat(ids).contains(reference);
    }
  }

  @Test
  void aMigrationsPictureHoldsTheTablesItTouchedNotTheWholeSchema() {
    RevisionGraph graph = Bookshop.graph();
    Diagram change = Diagrams.ofMigration(new MigrationScript("3", List.of("2"), "", "", AddRating.class),
        graph.schemaAt("2"));

    assertThat(change.tables()).hasSize(3);
    assertThat(change.changedPart().tables()).extracting(DiagramTable::name).containsExactly("review");
    assertThat(change.changedPart().edges()).isEmpty();
    assertThat(Diagrams.ofMigration(graph, "2").changedPart().tables()).extracting(DiagramTable::name)
        .containsExactly("author", "title", "review", "legacy_stock");
    assertThat(Diagrams.atRevision(graph, "head").changedPart().tables()).isEmpty();
  }

  @Test
  void theRevisionGraphDrawsEveryMigrationAndAnArrowPerParent() {
    RevisionGraph graph = RevisionGraph.allowingHeads(List.of(
        new MigrationScript("1", List.of(), "first", "", Empty.class),
        new MigrationScript("2", List.of("1"), "left", "", Empty.class),
        new MigrationScript("3", List.of("1"), "right", "", Empty.class),
        new MigrationScript("4", List.of("2", "3"), "merge", "", Empty.class),
        new MigrationScript("5", List.of("4"), "after", "", Empty.class),
        new MigrationScript("6", List.of("4"), "other head", "", Empty.class)));

    String svg = new RevisionGraphSvg().render(graph);

    assertThat(all(Pattern.compile("data-revision=\"([^\"]+)\""), svg)).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(all(Pattern.compile("<path class=\"parent\" d=\"(M[^\"]+)\""), svg)).hasSize(6);
    assertThat(svg).contains("5 (head)", "6 (head)", "href=\"#migration-4\"").doesNotContain("4 (head)");
  }
}
