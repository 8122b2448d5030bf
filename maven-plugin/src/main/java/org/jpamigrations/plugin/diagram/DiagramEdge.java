package org.jpamigrations.plugin.diagram;

import java.util.List;

/**
 * A foreign key, drawn from the referencing table to the referenced one.
 *
 * @param name the constraint's name
 * @param table the referencing table
 * @param columns the referencing columns
 * @param referencedTable the referenced table, by the name its box has in the diagram
 * @param referencedColumns the referenced columns
 * @param nullable whether a row may reference nothing (some referencing column accepts NULL)
 * @param change what the migration did to it
 */
public record DiagramEdge(String name, String table, List<String> columns, String referencedTable,
    List<String> referencedColumns, boolean nullable, Change change) {

  public DiagramEdge {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
