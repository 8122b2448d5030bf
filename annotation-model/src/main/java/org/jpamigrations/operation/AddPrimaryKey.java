package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;

/**
 * Adds a primary key to a table that has none. Its columns must already be NOT NULL: some databases
 * make them so silently and others refuse, so the model asks for the change to be said.
 */
public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    Table t = schema.table(table);
    if (t.primaryKey() != null) {
      throw new IllegalArgumentException("Table " + table + " already has a primary key " + t.primaryKey().columns()
          + ": drop it first");
    }
    for (String name : primaryKey.columns()) {
      Column column = t.findColumn(name).orElseThrow(
          () -> new IllegalArgumentException("Table " + table + " has no column " + name));
      if (column.nullable()) {
        throw new IllegalArgumentException("Column " + table + "." + name
            + " is nullable: make it NOT NULL before it joins the primary key");
      }
    }
    return schema.replaceTable(table, x -> x.withPrimaryKey(primaryKey));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropPrimaryKey(table));
  }

  @Override
  public String describe() {
    return "add primary key " + (primaryKey.name() == null ? "" : primaryKey.name() + " ") + "on " + table
        + primaryKey.columns();
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
