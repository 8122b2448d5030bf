package org.jpamigrations.plugin.diagram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jpamigrations.migration.MigrationException;

/** The forms a diagram can be written in, and the file extensions that suggest each. */
public enum DiagramFormat {
  MERMAID("mmd"),
  SVG("svg"),
  DOT("dot");

  private final String extension;

  DiagramFormat(String extension) {
    this.extension = extension;
  }

  public String render(Diagram diagram) {
    return switch (this) {
      case MERMAID -> new MermaidRenderer().render(diagram);
      case DOT -> new DotRenderer().render(diagram);
      case SVG -> new SvgRenderer().render(new ElkLayout().layout(diagram));
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of that name, case aside; a one-line error naming the ones there are otherwise. */
  public static DiagramFormat named(String name, String property) {
    return Arrays.stream(values())
        .filter(format -> format.label().equalsIgnoreCase(name.trim()))
        .findFirst()
        .orElseThrow(() -> new MigrationException(property + " '" + name + "' is not a diagram format. Give one of "
            + Arrays.stream(values()).map(DiagramFormat::label).collect(Collectors.joining(", ")) + "."));
  }

  /** The format a file name's extension suggests ({@code .svg}, {@code .dot} or {@code .gv}, {@code .mmd}). */
  public static Optional<DiagramFormat> forFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gv")) {
      return Optional.of(DOT);
    }
    return Arrays.stream(values()).filter(format -> name.endsWith("." + format.extension)).findFirst();
  }
}
