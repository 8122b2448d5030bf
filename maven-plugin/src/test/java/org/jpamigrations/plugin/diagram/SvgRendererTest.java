package org.jpamigrations.plugin.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgRendererTest {

  /** A table's box as the SVG draws it, read back from the file. */
  record Drawn(String table, double x, double y, double width, double height) {
    boolean overlaps(Drawn other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }
  }

  private static String svg(Diagram diagram) {
    return new SvgRenderer().render(new ElkLayout().layout(diagram));
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static List<Drawn> boxes(Document svg) {
    List<Drawn> boxes = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (!group.hasAttribute("data-table")) {
        continue;
      }
      Element rect = (Element) group.getElementsByTagName("rect").item(0);
      boxes.add(new Drawn(group.getAttribute("data-table"), d(rect, "x"), d(rect, "y"), d(rect, "width"),
          d(rect, "height")));
    }
    return boxes;
  }

  private static Set<String> foreignKeys(Document svg) {
    Set<String> keys = new HashSet<>();
    NodeList paths = svg.getElementsByTagName("path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      if (path.hasAttribute("data-fk")) {
        keys.add(String.join(" ", path.getAttribute("data-from"), path.getAttribute("data-fk"),
            path.getAttribute("data-to")));
      }
    }
    return keys;
  }

  private static double d(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  private static void assertNoOverlap(List<Drawn> boxes) {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).overlaps(boxes.get(j)))
            .as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
      }
    }
  }

  private static Set<String> expectedKeys(Schema schema) {
    Set<String> keys = new HashSet<>();
    for (Table table : schema.tables()) {
      for (ForeignKey fk : table.foreignKeys()) {
        keys.add(table.name() + " " + fk.name() + " " + fk.referencedTable());
      }
    }
    return keys;
  }

  @Test
  void aMigrationsPictureHasEveryTableKeyAndColourAndListsTheDestructiveSteps() throws Exception {
    Diagram diagram = Diagrams.ofMigration(Bookshop.graph(), "2");
    String svg = svg(diagram);
    Document document = parse(svg);

    assertThat(boxes(document)).extracting(Drawn::table).containsExactly("author", "title", "review", "legacy_stock");
    assertThat(foreignKeys(document)).containsExactlyInAnyOrder(
        "title fk_book_author author", "review fk_review_title title", "legacy_stock fk_stock_book title");
    assertNoOverlap(boxes(document));
    assertThat(svg).contains("data-table=\"review\" data-change=\"added\"")
        .contains("data-table=\"legacy_stock\" data-change=\"dropped\"")
        .contains("data-table=\"title\" data-change=\"changed\"")
        .contains("fill=\"" + Palette.of(Change.ADDED).fill() + "\"")
        .contains("title (renamed from book)")
        .contains("DESTRUCTIVE: drop column title.isbn")
        .contains("text-decoration=\"line-through\"");
  }

  @Test
  void everyColumnHasItsLineInsideItsBox() throws Exception {
    Document document = parse(svg(Diagrams.atRevision(Bookshop.graph(), "1")));
    Drawn book = boxes(document).stream().filter(b -> b.table().equals("book")).findFirst().orElseThrow();
    NodeList texts = document.getElementsByTagName("text");
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      String table = ((Element) text.getParentNode()).getAttribute("data-table");
      if (text.hasAttribute("data-column") && table.equals("book")) {
        columns.add(text.getAttribute("data-column"));
        assertThat(d(text, "y")).isBetween(book.y(), book.y() + book.height());
      }
    }
    assertThat(columns).containsExactly("id", "title", "isbn", "author_id");
  }

  @Test
  void aHundredAndTwentyTablesAreAllDrawnWithoutOverlap() throws Exception {
    Schema schema = GeneratedSchemas.of(120, 7);
    Document document = parse(svg(Diagrams.ofSchema("generated", schema)));

    List<Drawn> boxes = boxes(document);
    assertThat(boxes).extracting(Drawn::table).containsExactlyElementsOf(
        schema.tables().stream().map(Table::name).toList());
    assertThat(foreignKeys(document)).isEqualTo(expectedKeys(schema)).hasSizeGreaterThan(150);
    assertNoOverlap(boxes);
  }

  @Test
  void aChainOfThreeHundredReferencesWrapsIntoAPageInsteadOfAStrip() throws Exception {
    Schema schema = GeneratedSchemas.chain(300);
    Layout layout = new ElkLayout().layout(Diagrams.ofSchema("chain", schema));
    Document document = parse(new SvgRenderer().render(layout));

    assertThat(layout.width() / layout.height()).isBetween(0.5, 3.0);
    assertThat(boxes(document)).hasSize(300);
    assertThat(foreignKeys(document)).isEqualTo(expectedKeys(schema));
    assertNoOverlap(boxes(document));
  }

  @Test
  void threeHundredTablesRenderWithinTenSeconds() throws Exception {
    Schema schema = GeneratedSchemas.of(300, 11);
    long start = System.nanoTime();
    String svg = svg(Diagrams.ofSchema("scale", schema));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertNoOverlap(boxes(parse(svg)));
  }
}
