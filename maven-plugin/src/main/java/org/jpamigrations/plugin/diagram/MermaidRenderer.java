package org.jpamigrations.plugin.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jpamigrations.model.Names;

/**
 * A diagram as Mermaid {@code erDiagram} text, which GitHub and GitLab draw in Markdown files and comments.
 *
 * <p>Mermaid's grammar is narrow: an attribute's type and name are single words of letters, digits, {@code _},
 * {@code -}, parentheses and square brackets, starting with a letter; other characters become {@code _}
 * ({@code numeric(10,2)} is written {@code numeric(10_2)}). An entity whose name is more than such a word is
 * quoted. Comments are double-quoted and may not hold a double quote. Colours use {@code classDef}, which only
 * recent Mermaid reads in ER diagrams, so a plain schema has none and a change says itself in words too.
 */
public final class MermaidRenderer {

  private static final Pattern BARE_ENTITY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern WORD_CHARACTER = Pattern.compile("[^A-Za-z0-9_()\\[\\]-]");

  public String render(Diagram diagram) {
    StringBuilder out = new StringBuilder();
    // quoted YAML, since a migration's message may hold a colon
    out.append("---\ntitle: \"").append(diagram.title().replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' '))
        .append("\"\n---\n");
    out.append("erDiagram\n");
    for (DiagramTable table : diagram.tables()) {
      if (table.renamedFrom() != null) {
        out.append("    %% ").append(table.name()).append(": renamed from ").append(table.renamedFrom()).append('\n');
      }
      out.append("    ").append(entity(table.name())).append(" {\n");
      for (DiagramColumn column : table.columns()) {
        out.append("        ").append(word(column.type(), "type")).append(' ')
            .append(word(Names.bare(column.name()), "c"));
        if (!column.keys().isEmpty()) {
          out.append(' ').append(column.keys());
        }
        String notes = Palette.notes(table, column);
        if (!notes.isEmpty()) {
          out.append(" \"").append(comment(notes)).append('"');
        }
        out.append('\n');
      }
      out.append("    }\n");
    }
    for (DiagramEdge edge : diagram.edges()) {
      // the referencing rows are many; a nullable key may reference nothing
      out.append("    ").append(entity(edge.table())).append(" }o--").append(edge.nullable() ? "o|" : "||")
          .append(' ').append(entity(edge.referencedTable())).append(" : \"").append(comment(edgeLabel(edge)))
          .append("\"\n");
    }
    classes(diagram, out);
    diagram.destructiveSteps().forEach(step -> out.append("    %% DESTRUCTIVE: ").append(step).append('\n'));
    return out.toString();
  }

  private static String edgeLabel(DiagramEdge edge) {
    return edge.change() == Change.UNCHANGED ? edge.name() : edge.name() + " (" + edge.change().label() + ")";
  }

  private static void classes(Diagram diagram, StringBuilder out) {
    Map<Change, List<String>> byChange = new LinkedHashMap<>();
    for (DiagramTable table : diagram.tables()) {
      if (table.change() != Change.UNCHANGED) {
        byChange.computeIfAbsent(table.change(), c -> new ArrayList<>()).add(entity(table.name()));
      }
    }
    byChange.forEach((change, tables) -> {
      out.append("    classDef ").append(change.label()).append(" fill:").append(Palette.of(change).fill())
          .append(",stroke:").append(Palette.of(change).stroke()).append(",stroke-width:2px\n");
      out.append("    class ").append(String.join(",", tables)).append(' ').append(change.label()).append('\n');
    });
  }

  /** An entity name as Mermaid reads it: bare when it is one word, else quoted without what quotes cannot hold. */
  static String entity(String name) {
    String bare = String.join(".", Names.parts(name).stream().map(Names::bare).toList());
    return BARE_ENTITY.matcher(bare).matches() ? bare : '"' + bare.replaceAll("[\"%\\r\\n\\\\]", "_") + '"';
  }

  /** A type or attribute name as one Mermaid word; {@code prefix} goes before one that does not start with a letter. */
  static String word(String text, String prefix) {
    String word = WORD_CHARACTER.matcher(text.trim()).replaceAll("_");
    return word.isEmpty() || !Character.isLetter(word.charAt(0)) ? prefix + "_" + word : word;
  }

  private static String comment(String text) {
    return text.replace('"', '\'').replace('\n', ' ');
  }
}
