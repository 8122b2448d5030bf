package org.jpamigrations.model;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name constraint name
 * @param columns referencing columns, in order
 * @param referencedTable referenced table
 * @param referencedColumns referenced columns, in the order matching {@code columns}
 * @param onDelete action on delete of the referenced row ({@link ReferentialAction#NO_ACTION} by default)
 * @param definition SQL that replaces the generated {@code foreign key (...) references ...} clause, as
 *     {@code @ForeignKey(foreignKeyDefinition)} gives it, or {@code null}
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    String definition) {

  public ForeignKey {
    Names.require(name, "A foreign key");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    if (onDelete == null) {
      onDelete = ReferentialAction.NO_ACTION;
    }
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "Foreign key " + name + " must reference as many columns as it has: " + columns + " -> " + referencedColumns);
    }
    if (definition != null && definition.isBlank()) {
      definition = null;
    }
  }

  /** A foreign key that the database is told column by column. */
  public ForeignKey(
      String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      ReferentialAction onDelete) {
    this(name, columns, referencedTable, referencedColumns, onDelete, null);
  }

  /** Starts a foreign key; finish it with {@link Builder#references(String, String...)}. */
  public static Builder named(String name, String... columns) {
    return new Builder(name, List.of(columns));
  }

  public ForeignKey onDelete(ReferentialAction action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action, definition);
  }

  /**
   * This key declared with the SQL of {@code @ForeignKey(foreignKeyDefinition)}, which the database
   * gets verbatim after {@code add constraint <name>}; the columns stay what the mapping says.
   */
  public ForeignKey definedAs(String definition) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, definition);
  }

  /** The half-built foreign key: a name and columns, waiting for its target. */
  public record Builder(String name, List<String> columns) {
    public ForeignKey references(String table, String... columns) {
      return new ForeignKey(name, this.columns, table, List.of(columns), ReferentialAction.NO_ACTION);
    }
  }
}
