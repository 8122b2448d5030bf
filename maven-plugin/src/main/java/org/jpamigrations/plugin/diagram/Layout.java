package org.jpamigrations.plugin.diagram;

import java.util.List;

/**
 * Where a diagram's pieces go on the page, in pixels from the top left.
 *
 * @param diagram what is laid out
 * @param boxes one box per table, in the diagram's order
 * @param routes one route per foreign key, in the diagram's order
 * @param width the page's width
 * @param height the page's height
 */
public record Layout(Diagram diagram, List<Box> boxes, List<Route> routes, double width, double height) {

  public Layout {
    boxes = List.copyOf(boxes);
    routes = List.copyOf(routes);
  }

  /** A table's box. */
  public record Box(DiagramTable table, double x, double y, double width, double height) {

    /** Whether the two boxes share any area; touching edges do not count. */
    public boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }
  }

  /** A foreign key's line, from the referencing box to the referenced one, through its bends. */
  public record Route(DiagramEdge edge, List<Point> points) {

    public Route {
      points = List.copyOf(points);
    }
  }

  public record Point(double x, double y) {}
}
