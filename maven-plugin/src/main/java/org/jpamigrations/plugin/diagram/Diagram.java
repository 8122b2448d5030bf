package org.jpamigrations.plugin.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jpamigrations.model.Names;

/**
 * What a picture of the schema shows, whatever draws it: the table boxes, the foreign keys between them and,
 * for one migration's change, the steps that can lose data.
 *
 * @param title what it shows ({@code Schema at head (3)}, {@code Migration 3: add email})
 * @param tables the table boxes, in the schema's order
 * @param edges the foreign keys
 * @param destructiveSteps one line for each step of the migration that can lose data; empty for a plain schema
 */
public record Diagram(String title, List<DiagramTable> tables, List<DiagramEdge> edges, List<String> destructiveSteps) {

  public Diagram {
    tables = List.copyOf(tables);
    edges = List.copyOf(edges);
    destructiveSteps = List.copyOf(destructiveSteps);
  }

  /**
   * The part a migration touched: the tables it added, dropped or changed, the tables at the other end of the keys
   * it added, dropped or changed (unchanged, for context), and the keys between them. A plain schema's part is
   * empty. A report draws this for each migration, so that one change in a large schema is a small picture.
   */
  public Diagram changedPart() {
    Set<String> kept = new HashSet<>();
    tables.stream().filter(t -> t.change() != Change.UNCHANGED).forEach(t -> kept.add(Names.key(t.name())));
    Set<String> touched = new HashSet<>(kept);
    for (DiagramEdge edge : edges) {
      if (edge.change() != Change.UNCHANGED) {
        touched.add(Names.key(edge.table()));
        touched.add(Names.key(edge.referencedTable()));
      }
    }
    return new Diagram(title,
        tables.stream().filter(t -> touched.contains(Names.key(t.name()))).toList(),
        edges.stream().filter(e -> touched.contains(Names.key(e.table()))
            && touched.contains(Names.key(e.referencedTable()))).toList(),
        destructiveSteps);
  }

  public Optional<DiagramTable> findTable(String name) {
    return tables.stream().filter(t -> Names.same(t.name(), name)).findFirst();
  }
}
