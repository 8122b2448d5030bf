package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/**
 * Gives the rows that hold no value in a column one, before the column becomes NOT NULL: so that a
 * NOT NULL column can be added, or restored by {@code down()}, on a table that holds rows. Each
 * database renders the update with its own quoting.
 *
 * @param value the SQL expression to store, such as {@code 0} or {@code 'none'}; {@code null} for the
 *     zero of the column's type ({@code 0}, false, an empty string, the epoch), as the database writes it
 */
public record FillNulls(String table, String column, String value) implements Operation {

  public FillNulls {
    if (value != null && value.isBlank()) {
      value = null;
    }
  }

  @Override
  public Schema apply(Schema schema) {
    schema.table(table).findColumn(column).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no column " + column));
    return schema;
  }

  /** Data only: replay skips it, like SQL. */
  @Override
  public boolean changesSchema() {
    return false;
  }

  /** The values it wrote stay: the column they were written to goes away or becomes nullable again. */
  @Override
  public List<Operation> inverse(Schema before) {
    return List.of();
  }

  @Override
  public String describe() {
    return "fill empty " + table + "." + column + " with " + (value == null ? "the type's zero value" : value);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
