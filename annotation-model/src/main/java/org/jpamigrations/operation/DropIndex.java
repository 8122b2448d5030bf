package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;

/** Drops an index; online, without blocking the table where the database can (PostgreSQL's {@code concurrently}). */
public record DropIndex(String table, String name, boolean online) implements Operation {

  /** Drops the index the plain way. */
  public DropIndex(String table, String name) {
    this(table, name, false);
  }

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
    return List.of(new CreateIndex(table, find(before), online));
  }

  @Override
  public String describe() {
    return "drop index " + name + " on " + table + (online ? " (online)" : "");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
