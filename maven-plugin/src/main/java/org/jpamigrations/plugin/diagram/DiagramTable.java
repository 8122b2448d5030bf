package org.jpamigrations.plugin.diagram;

import java.util.List;

/**
 * One table box.
 *
 * @param name the table's name, schema-qualified where the model qualifies it
 * @param columns its columns in declaration order; a changed table also lists the columns the migration dropped
 * @param change what the migration did to it
 * @param renamedFrom the name it had before the migration, or {@code null}
 * @param destructive whether a step of the migration can lose its rows or some of their values
 */
public record DiagramTable(String name, List<DiagramColumn> columns, Change change, String renamedFrom,
    boolean destructive) {

  public DiagramTable {
    columns = List.copyOf(columns);
  }
}
