package org.jpamigrations.plugin.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jpamigrations.model.Names;

/**
 * Lays a diagram out with Eclipse ELK's layered algorithm: tables are nodes sized to their text, foreign keys are
 * edges from the referencing column's row (a port on the box's right side) to the referenced column's row (a port on
 * the left side), routed orthogonally. Referenced tables end up to the right of the tables that point at them, and
 * unconnected groups of tables are packed side by side.
 */
public final class ElkLayout {

  /** Monospaced text, so that a box's width follows from its longest line. */
  static final double FONT_SIZE = 12;
  static final double CHAR_WIDTH = 7.3;
  static final double LINE_HEIGHT = 18;
  static final double PADDING = 8;
  static final double MARGIN = 20;
  private static final double PORT_SIZE = 2;
  /** Tables beyond which a diagram is laid out to fit a page's shape rather than to keep lines straight. */
  static final int LARGE = 40;

  static {
    // The plugin's class realm hides ELK's service files from the context class loader: register by hand.
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  public Layout layout(Diagram diagram) {
    ElkNode root = layeredGraph(Direction.RIGHT, 30, 60);
    root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 40.0);
    // many unconnected tables pack into a rectangle instead of one long row
    root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
    if (diagram.tables().size() > LARGE) {
      // A long chain of references (each table pointing at the one before) would be one strip many metres wide:
      // it wraps into rows instead. Straight lines would then step each box down by its key's row, so boxes
      // line up in their layer and the lines bend.
      root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
      root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
    }

    Map<String, ElkNode> nodes = new HashMap<>();
    List<ElkNode> ordered = new ArrayList<>();
    for (DiagramTable table : diagram.tables()) {
      ElkNode node = ElkGraphUtil.createNode(root);
      node.setIdentifier(table.name());
      node.setDimensions(width(table), height(table));
      node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
      nodes.put(Names.key(table.name()), node);
      ordered.add(node);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (DiagramEdge edge : diagram.edges()) {
      ElkNode from = nodes.get(Names.key(edge.table()));
      ElkNode to = nodes.get(Names.key(edge.referencedTable()));
      // a key to a table outside the schema model (made by hand) has nothing to point at
      edges.add(from == null || to == null ? null : ElkGraphUtil.createSimpleEdge(
          port(from, PortSide.EAST, row(diagram, edge.table(), edge.columns().get(0))),
          port(to, PortSide.WEST, row(diagram, edge.referencedTable(), edge.referencedColumns().get(0)))));
    }

    run(root);

    List<Layout.Box> boxes = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      ElkNode node = ordered.get(i);
      boxes.add(new Layout.Box(diagram.tables().get(i), MARGIN + node.getX(), MARGIN + node.getY(), node.getWidth(),
          node.getHeight()));
    }
    List<Layout.Route> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      ElkEdge edge = edges.get(i);
      if (edge != null && !edge.getSections().isEmpty()) {
        routes.add(new Layout.Route(diagram.edges().get(i), points(edge.getSections().get(0))));
      }
    }
    return new Layout(diagram, boxes, routes, root.getWidth() + 2 * MARGIN, root.getHeight() + 2 * MARGIN);
  }

  /** An empty graph for the layered algorithm, its edges routed at right angles. */
  static ElkNode layeredGraph(Direction direction, double nodeSpacing, double layerSpacing) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, direction);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeSpacing);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
    return root;
  }

  /** Lays out the graph under {@code root} in place. */
  static void run(ElkNode root) {
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
  }

  /** A port on the box's side, level with the column's row. */
  private static ElkPort port(ElkNode node, PortSide side, int row) {
    ElkPort port = ElkGraphUtil.createPort(node);
    port.setDimensions(PORT_SIZE, PORT_SIZE);
    port.setProperty(CoreOptions.PORT_SIDE, side);
    port.setLocation(side == PortSide.EAST ? node.getWidth() : -PORT_SIZE, rowMiddle(row) - PORT_SIZE / 2);
    return port;
  }

  /** The column's row in its table's box, counting from 0; -1 (the header) for a column the box does not list. */
  private static int row(Diagram diagram, String table, String column) {
    List<DiagramColumn> columns = diagram.findTable(table).map(DiagramTable::columns).orElse(List.of());
    for (int i = 0; i < columns.size(); i++) {
      if (Names.same(columns.get(i).name(), column)) {
        return i;
      }
    }
    return -1;
  }

  /** The distance from a box's top to the middle of its row {@code row}; -1 is the header. */
  static double rowMiddle(int row) {
    return (row + 1) * LINE_HEIGHT + LINE_HEIGHT / 2 + 1;
  }

  private static List<Layout.Point> points(ElkEdgeSection section) {
    List<Layout.Point> points = new ArrayList<>();
    points.add(new Layout.Point(MARGIN + section.getStartX(), MARGIN + section.getStartY()));
    for (ElkBendPoint bend : section.getBendPoints()) {
      points.add(new Layout.Point(MARGIN + bend.getX(), MARGIN + bend.getY()));
    }
    points.add(new Layout.Point(MARGIN + section.getEndX(), MARGIN + section.getEndY()));
    return points;
  }

  /** The widest line: the heading, or a column's name, type, keys and notes in their three columns. */
  static double width(DiagramTable table) {
    int heading = Palette.heading(table).length();
    int[] widths = columnWidths(table);
    int row = widths[0] + widths[1] + widths[2] + 4;
    return Math.max(heading, row) * CHAR_WIDTH + 2 * PADDING;
  }

  static double height(DiagramTable table) {
    return (table.columns().size() + 1) * LINE_HEIGHT + PADDING;
  }

  /** Characters of the name, type and keys-and-notes columns of a box. */
  static int[] columnWidths(DiagramTable table) {
    int[] widths = new int[3];
    for (DiagramColumn column : table.columns()) {
      widths[0] = Math.max(widths[0], column.name().length());
      widths[1] = Math.max(widths[1], column.type().length());
      widths[2] = Math.max(widths[2], Palette.remarks(table, column).length());
    }
    return widths;
  }
}
