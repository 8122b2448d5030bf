package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;

/** Creates an index on a table. */
public record CreateIndex(String table, Index index) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    if (schema.table(table).findIndex(index.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + table + " already has index " + index.name());
    }
    return schema.replaceTable(table, t -> t.withIndex(index));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropIndex(table, index.name()));
  }

  @Override
  public String describe() {
    return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table
        + index.columns().stream().map(c -> index.isDescending(c) ? c + " desc" : c).toList();
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
