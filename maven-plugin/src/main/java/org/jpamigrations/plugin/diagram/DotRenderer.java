package org.jpamigrations.plugin.diagram;

import org.jpamigrations.model.Names;

/**
 * A diagram as Graphviz DOT text ({@code dot -Tsvg}): a box per table drawn as an HTML-like label with a row per
 * column, and an edge per foreign key from the referencing column to the referenced one.
 */
public final class DotRenderer {

  public String render(Diagram diagram) {
    StringBuilder out = new StringBuilder();
    out.append("digraph schema {\n");
    out.append("  label=").append(quoted(diagram.title())).append(";\n  labelloc=t;\n");
    out.append("  rankdir=LR;\n  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9, arrowhead=normal];\n");
    for (DiagramTable table : diagram.tables()) {
      out.append("  ").append(quoted(table.name())).append(" [label=<").append(label(table)).append(">];\n");
    }
    for (DiagramEdge edge : diagram.edges()) {
      // out of the referencing row's right side, into the referenced row's left side, as the SVG draws them
      out.append("  ").append(quoted(edge.table())).append(':').append(port("out.", edge.columns().get(0))).append(":e -> ")
          .append(quoted(edge.referencedTable())).append(':').append(port("in.", edge.referencedColumns().get(0))).append(":w")
          .append(" [tooltip=").append(quoted(edge.name()))
          .append(", color=").append(quoted(Palette.of(edge.change()).stroke()));
      if (edge.nullable()) {
        out.append(", style=dashed");
      }
      if (edge.change() != Change.UNCHANGED) {
        out.append(", penwidth=2, label=").append(quoted(edge.change().label()));
      }
      out.append("];\n");
    }
    for (String step : diagram.destructiveSteps()) {
      out.append("  // DESTRUCTIVE: ").append(step.replace('\n', ' ')).append('\n');
    }
    out.append("}\n");
    return out.toString();
  }

  private static String label(DiagramTable table) {
    Change change = table.change();
    StringBuilder label = new StringBuilder();
    label.append("<table border=\"").append(table.destructive() ? 3 : 1).append("\" cellborder=\"0\" cellspacing=\"0\"")
        .append(" cellpadding=\"3\" color=\"").append(Palette.of(change).stroke()).append("\" bgcolor=\"")
        .append(Palette.of(change).fill()).append("\">");
    label.append("<tr><td colspan=\"3\" bgcolor=\"").append(Palette.of(change).header()).append("\"><b>")
        .append(html(Palette.heading(table))).append("</b></td></tr>");
    for (DiagramColumn column : table.columns()) {
      String colour = Palette.of(column.change()).stroke();
      String name = column.change() == Change.DROPPED ? "<s>" + html(column.name()) + "</s>" : html(column.name());
      // keys arrive at a row's first cell and leave from its last, so that a line never crosses its own row
      label.append("<tr>").append(cell(" port=\"" + html(portName("in.", column.name())) + "\"", colour, name))
          .append(cell("", colour, html(column.type())))
          .append(cell(" port=\"" + html(portName("out.", column.name())) + "\"", colour,
              html(Palette.remarks(table, column)))).append("</tr>");
    }
    return label.append("</table>").toString();
  }

  /** A left-aligned cell; Graphviz rejects an empty {@code <font>}, so an empty cell has none. */
  private static String cell(String attributes, String colour, String content) {
    String text = content.isEmpty() ? "" : "<font color=\"" + colour + "\">" + content + "</font>";
    return "<td align=\"left\"" + attributes + ">" + text + "</td>";
  }

  private static String port(String side, String column) {
    return quoted(portName(side, column));
  }

  /** Port names compare as the columns' names do, so that an edge finds its row whatever the case. */
  private static String portName(String side, String column) {
    return side + Names.key(column);
  }

  static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
