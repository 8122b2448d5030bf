package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;

/** Drops a check constraint. */
public record DropCheckConstraint(String table, String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    find(schema);
    return schema.replaceTable(table, t -> t.withChecks(
        t.checks().stream().filter(c -> !Names.same(c.name(), name)).toList()));
  }

  private CheckConstraint find(Schema schema) {
    return schema.table(table).findCheck(name).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no check constraint " + name));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new AddCheckConstraint(table, find(before)));
  }

  @Override
  public String describe() {
    return "drop check constraint " + name + " on " + table;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
