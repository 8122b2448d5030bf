package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;

/** Drops an index. */
public record DropIndex(String table, String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    find(schema);
    return schema.replaceTable(table, t -> t.withIndexes(
        t.indexes().stream().filter(i -> !Names.same(i.name(), name)).toList()));
  }

  private Index find(Schema schema) {
    return schema.table(table).findIndex(name).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no index " + name));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new CreateIndex(table, find(before)));
  }

  @Override
  public String describe() {
    return "drop index " + name + " on " + table;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
