package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Schema;

/** Adds a column to a table. */
public record AddColumn(String table, Column column) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    return schema.replaceTable(table, t -> t.column(column));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropColumn(table, column.name()));
  }

  @Override
  public String describe() {
    return "add column " + table + "." + column.name() + " " + column.type();
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
