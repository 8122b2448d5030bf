package org.jpamigrations.plugin.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;

/**
 * The revision graph as an SVG picture, oldest at the top: a box per migration with its revision and message, an
 * arrow from each parent to its child, so that branches and merges show as they are. Laid out by ELK like the schema
 * diagrams. Each box links to {@code #migration-<revision>}, where a report puts that migration's picture.
 */
public final class RevisionGraphSvg {

  private static final double LINE = 16;

  /** Where a database stands on a revision, for the colour of its box. */
  public enum State {
    APPLIED("#e8f5e9", "#2e7d32"),
    PENDING("#ffffff", "#9e9e9e"),
    FAILED("#ffebee", "#c62828");

    final String fill;
    final String stroke;

    State(String fill, String stroke) {
      this.fill = fill;
      this.stroke = stroke;
    }

    String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public String render(RevisionGraph graph) {
    return render(graph, Map.of());
  }

  /**
   * The graph with each revision's box coloured by where the database stands on it: applied, pending or failed;
   * without states, boxes are plain and the heads light blue.
   */
  public String render(RevisionGraph graph, Map<String, State> states) {
    ElkNode root = ElkLayout.layeredGraph(Direction.DOWN, 20, 30);

    Set<String> heads = Set.copyOf(graph.heads().stream().map(MigrationScript::revision).toList());
    Map<String, ElkNode> nodes = new HashMap<>();
    List<MigrationScript> scripts = graph.ordered();
    for (MigrationScript script : scripts) {
      ElkNode node = ElkGraphUtil.createNode(root);
      node.setDimensions(Math.max(text(script, heads, states).length(), script.message().length()) * ElkLayout.CHAR_WIDTH
          + 2 * ElkLayout.PADDING, 2 * LINE + ElkLayout.PADDING);
      nodes.put(script.revision(), node);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (MigrationScript script : scripts) {
      for (String parent : script.parents()) {
        edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(parent), nodes.get(script.revision())));
      }
    }
    ElkLayout.run(root);

    double margin = ElkLayout.MARGIN;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"revision-graph\" width=\"")
        .append(SvgRenderer.n(root.getWidth() + 2 * margin)).append("\" height=\"")
        .append(SvgRenderer.n(root.getHeight() + 2 * margin)).append("\" font-family=\"monospace\" font-size=\"12\">\n");
    svg.append("<defs><marker id=\"graph-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
        + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#455a64\"/></marker></defs>\n");
    for (ElkEdge edge : edges) {
      ElkEdgeSection section = edge.getSections().get(0);
      StringBuilder path = new StringBuilder("M").append(point(section.getStartX(), section.getStartY(), margin));
      for (ElkBendPoint bend : section.getBendPoints()) {
        path.append(" L").append(point(bend.getX(), bend.getY(), margin));
      }
      path.append(" L").append(point(section.getEndX(), section.getEndY(), margin));
      svg.append("<path class=\"parent\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#455a64\"")
          .append(" marker-end=\"url(#graph-arrow)\"/>\n");
    }
    for (MigrationScript script : scripts) {
      ElkNode node = nodes.get(script.revision());
      double x = margin + node.getX();
      double y = margin + node.getY();
      boolean head = heads.contains(script.revision());
      State state = states.get(script.revision());
      String fill = state != null ? state.fill : head ? "#e3f2fd" : "#ffffff";
      String stroke = state != null ? state.stroke : "#455a64";
      svg.append("<a href=\"#migration-").append(SvgRenderer.xml(script.revision())).append("\">")
          .append("<g class=\"revision\" data-revision=\"").append(SvgRenderer.xml(script.revision()))
          .append(state == null ? "" : "\" data-state=\"" + state.word()).append("\">")
          .append("<rect x=\"").append(SvgRenderer.n(x)).append("\" y=\"").append(SvgRenderer.n(y))
          .append("\" width=\"").append(SvgRenderer.n(node.getWidth())).append("\" height=\"")
          .append(SvgRenderer.n(node.getHeight())).append("\" rx=\"4\" fill=\"").append(fill)
          .append("\" stroke=\"").append(stroke).append(state == State.PENDING ? "\" stroke-dasharray=\"4 3" : "")
          .append("\"/>")
          .append("<text x=\"").append(SvgRenderer.n(x + ElkLayout.PADDING)).append("\" y=\"")
          .append(SvgRenderer.n(y + LINE)).append("\" font-weight=\"bold\">")
          .append(SvgRenderer.xml(text(script, heads, states)))
          .append("</text><text x=\"").append(SvgRenderer.n(x + ElkLayout.PADDING)).append("\" y=\"")
          .append(SvgRenderer.n(y + 2 * LINE)).append("\">").append(SvgRenderer.xml(script.message()))
          .append("</text></g></a>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private static String text(MigrationScript script, Set<String> heads, Map<String, State> states) {
    State state = states.get(script.revision());
    return script.revision() + (heads.contains(script.revision()) ? " (head)" : "")
        + (state == null ? "" : " " + state.word());
  }

  private static String point(double x, double y, double margin) {
    return SvgRenderer.n(margin + x) + "," + SvgRenderer.n(margin + y);
  }
}
