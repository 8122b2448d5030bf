package org.jpamigrations.plugin.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A laid-out diagram as a standalone SVG picture: a box per table with a line per column, a line with an arrow per
 * foreign key (dashed where the key may be NULL), the change colours, a title, a legend of the colours in use, and
 * the steps that can lose data listed beneath. Each table's group and each key's path carry {@code data-} attributes
 * naming what they draw, for tests and for scripts that link the picture to a report.
 */
public final class SvgRenderer {

  private static final double TITLE_BAND = 30;
  private static final double NOTE_LINE = 18;
  private static final double TITLE_SIZE = 14;

  public String render(Layout layout) {
    return render(layout, "");
  }

  /** The picture, its ids prefixed with {@code idPrefix}: a page that holds several pictures needs them distinct. */
  public String render(Layout layout, String idPrefix) {
    Diagram diagram = layout.diagram();
    List<String> legend = Arrays.stream(Change.values())
        .filter(c -> c != Change.UNCHANGED && diagram.tables().stream().anyMatch(t -> t.change() == c))
        .map(Change::label).toList();
    int notes = (legend.isEmpty() ? 0 : 1) + diagram.destructiveSteps().size();
    double width = Math.max(layout.width(),
        ElkLayout.CHAR_WIDTH * TITLE_SIZE / ElkLayout.FONT_SIZE * diagram.title().length() + 2 * ElkLayout.MARGIN);
    double height = TITLE_BAND + layout.height() + notes * NOTE_LINE + (notes > 0 ? ElkLayout.MARGIN : 0);

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
        .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
        .append("\" font-family=\"monospace\" font-size=\"").append(n(ElkLayout.FONT_SIZE)).append("\">\n");
    svg.append("<title>").append(xml(diagram.title())).append("</title>\n");
    svg.append("<defs><marker id=\"").append(xml(idPrefix))
        .append("arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/>"
        + "</marker></defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("<text class=\"title\" x=\"").append(n(ElkLayout.MARGIN)).append("\" y=\"22\" font-size=\"")
        .append(n(TITLE_SIZE)).append("\" font-weight=\"bold\">").append(xml(diagram.title())).append("</text>\n");
    svg.append("<g class=\"diagram\" transform=\"translate(0,").append(n(TITLE_BAND)).append(")\">\n");
    layout.boxes().forEach(box -> table(svg, box));
    layout.routes().forEach(route -> edge(svg, route, idPrefix));
    svg.append("</g>\n");
    double y = TITLE_BAND + layout.height() + NOTE_LINE;
    if (!legend.isEmpty()) {
      svg.append("<text class=\"legend\" y=\"").append(n(y)).append("\">");
      double x = ElkLayout.MARGIN;
      for (String change : legend) {
        Change c = Change.valueOf(change.toUpperCase(Locale.ROOT));
        svg.append("<tspan x=\"").append(n(x)).append("\" fill=\"").append(Palette.of(c).stroke()).append("\">\u25a0 ")
            .append(change).append("</tspan>");
        x += (change.length() + 4) * ElkLayout.CHAR_WIDTH;
      }
      svg.append("</text>\n");
      y += NOTE_LINE;
    }
    for (String step : diagram.destructiveSteps()) {
      svg.append("<text class=\"destructive\" x=\"").append(n(ElkLayout.MARGIN)).append("\" y=\"").append(n(y))
          .append("\" fill=\"").append(Palette.of(Change.DROPPED).stroke()).append("\">")
          .append(Palette.DESTRUCTIVE_MARK).append(" DESTRUCTIVE: ").append(xml(step)).append("</text>\n");
      y += NOTE_LINE;
    }
    return svg.append("</svg>\n").toString();
  }

  private static void table(StringBuilder svg, Layout.Box box) {
    DiagramTable table = box.table();
    Change change = table.change();
    Palette.Colours colours = Palette.of(change);
    svg.append("<g class=\"table ").append(change.label()).append("\" data-table=\"").append(xml(table.name()))
        .append("\" data-change=\"").append(change.label()).append("\">\n");
    svg.append("  <rect class=\"box\" x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y()))
        .append("\" width=\"").append(n(box.width())).append("\" height=\"").append(n(box.height()))
        .append("\" rx=\"3\" fill=\"").append(colours.fill()).append("\" stroke=\"").append(colours.stroke())
        .append("\" stroke-width=\"").append(table.destructive() ? 3 : change == Change.UNCHANGED ? 1 : 2)
        .append("\"/>\n");
    svg.append("  <rect class=\"header\" x=\"").append(n(box.x() + 1)).append("\" y=\"").append(n(box.y() + 1))
        .append("\" width=\"").append(n(box.width() - 2)).append("\" height=\"").append(n(ElkLayout.LINE_HEIGHT + 2))
        .append("\" fill=\"").append(colours.header()).append("\"/>\n");
    double textX = box.x() + ElkLayout.PADDING;
    // text sits on its row's middle, where the foreign keys' ports are, as a 12-pixel font's baseline 4 lower
    double baseline = box.y() + ElkLayout.rowMiddle(-1) + 4;
    svg.append("  <text x=\"").append(n(textX)).append("\" y=\"").append(n(baseline))
        .append("\" font-weight=\"bold\">").append(xml(Palette.heading(table))).append("</text>\n");
    int[] widths = ElkLayout.columnWidths(table);
    double typeX = textX + (widths[0] + 2) * ElkLayout.CHAR_WIDTH;
    double remarksX = typeX + (widths[1] + 2) * ElkLayout.CHAR_WIDTH;
    for (DiagramColumn column : table.columns()) {
      baseline += ElkLayout.LINE_HEIGHT;
      svg.append("  <text class=\"column ").append(column.change().label()).append("\" data-column=\"")
          .append(xml(column.name())).append("\" y=\"").append(n(baseline)).append("\" fill=\"")
          .append(Palette.of(column.change()).stroke()).append('"');
      if (column.change() == Change.DROPPED) {
        svg.append(" text-decoration=\"line-through\"");
      }
      svg.append("><tspan x=\"").append(n(textX)).append('"').append(column.primaryKey() ? " font-weight=\"bold\"" : "")
          .append('>').append(xml(column.name())).append("</tspan><tspan x=\"").append(n(typeX)).append("\">")
          .append(xml(column.type())).append("</tspan>");
      String remarks = Palette.remarks(table, column);
      if (!remarks.isEmpty()) {
        svg.append("<tspan x=\"").append(n(remarksX)).append("\">").append(xml(remarks)).append("</tspan>");
      }
      svg.append("</text>\n");
    }
    svg.append("</g>\n");
  }

  private static void edge(StringBuilder svg, Layout.Route route, String idPrefix) {
    DiagramEdge edge = route.edge();
    StringBuilder path = new StringBuilder();
    for (Layout.Point point : route.points()) {
      path.append(path.isEmpty() ? "M" : " L").append(n(point.x())).append(',').append(n(point.y()));
    }
    svg.append("<path class=\"fk ").append(edge.change().label()).append("\" data-fk=\"").append(xml(edge.name()))
        .append("\" data-from=\"").append(xml(edge.table())).append("\" data-to=\"").append(xml(edge.referencedTable()))
        .append("\" d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(Palette.of(edge.change()).stroke())
        .append("\" stroke-width=\"").append(edge.change() == Change.UNCHANGED ? "1.2" : "2").append('"');
    if (edge.nullable()) {
      svg.append(" stroke-dasharray=\"5,3\"");
    }
    svg.append(" marker-end=\"url(#").append(xml(idPrefix)).append("arrow)\"><title>").append(xml(edge.name() + ": " + edge.table() + "("
        + String.join(", ", edge.columns()) + ") \u2192 " + edge.referencedTable() + "("
        + String.join(", ", edge.referencedColumns()) + ")")).append("</title></path>\n");
  }

  /** A coordinate with at most one decimal, so that the file stays small and stable. */
  static String n(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
