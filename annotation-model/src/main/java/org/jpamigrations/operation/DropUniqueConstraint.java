package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.UniqueConstraint;

/** Drops a unique constraint. */
public record DropUniqueConstraint(String table, String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    find(schema);
    return schema.replaceTable(table, t -> t.withUniqueConstraints(
        t.uniqueConstraints().stream().filter(u -> !Names.same(u.name(), name)).toList()));
  }

  private UniqueConstraint find(Schema schema) {
    return schema.table(table).findUnique(name).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no unique constraint " + name));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new AddUniqueConstraint(table, find(before)));
  }

  @Override
  public String describe() {
    return "drop unique constraint " + name + " on " + table;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
