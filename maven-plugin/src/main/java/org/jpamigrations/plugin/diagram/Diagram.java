package org.jpamigrations.plugin.diagram;

import java.util.List;
import java.util.Optional;
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

  public Optional<DiagramTable> findTable(String name) {
    return tables.stream().filter(t -> Names.same(t.name(), name)).findFirst();
  }
}
