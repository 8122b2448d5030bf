package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;

/** Drops a foreign key constraint (not its columns). */
public record DropForeignKey(String table, String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    find(schema);
    return schema.replaceTable(table, t -> t.withForeignKeys(
        t.foreignKeys().stream().filter(fk -> !Names.same(fk.name(), name)).toList()));
  }

  private org.jpamigrations.model.ForeignKey find(Schema schema) {
    return schema.table(table).findForeignKey(name).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no foreign key " + name));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new AddForeignKey(table, find(before)));
  }

  @Override
  public String describe() {
    return "drop foreign key " + name + " on " + table;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
