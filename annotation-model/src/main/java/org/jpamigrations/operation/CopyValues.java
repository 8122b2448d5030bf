package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/**
 * Copies a column's values into the rows where another column of the same table is still null: the data
 * step of an expand/contract pair, which keeps a renamed column's old and new names both filled while two
 * application versions run. Only empty rows are written, so running it again catches the rows the older
 * version wrote since, and values the newer version wrote stay.
 *
 * @param table the table
 * @param from the column read
 * @param to the column written where it is null
 */
public record CopyValues(String table, String from, String to) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    for (String column : List.of(from, to)) {
      schema.table(table).findColumn(column).orElseThrow(
          () -> new IllegalArgumentException("Table " + table + " has no column " + column));
    }
    return schema;
  }

  /** Data only: replay skips it, like SQL. */
  @Override
  public boolean changesSchema() {
    return false;
  }

  /**
   * The copy back: rows the newer version wrote hold a value in {@code to} alone, and the older version
   * reads {@code from} again once undone.
   */
  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new CopyValues(table, to, from));
  }

  @Override
  public String describe() {
    return "copy " + table + "." + from + " into " + table + "." + to + " where it is empty";
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
