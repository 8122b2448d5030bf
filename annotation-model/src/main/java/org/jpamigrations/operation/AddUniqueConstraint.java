package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.UniqueConstraint;

/** Adds a unique constraint to a table. */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    if (schema.table(table).findUnique(constraint.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + table + " already has unique constraint " + constraint.name());
    }
    return schema.replaceTable(table, t -> t.withUnique(constraint));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropUniqueConstraint(table, constraint.name()));
  }

  @Override
  public String describe() {
    return "add unique constraint " + constraint.name() + " on " + table + constraint.columns();
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
