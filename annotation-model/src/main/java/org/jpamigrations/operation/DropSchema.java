package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;

/**
 * Drops a namespace that a migration created. Never with what is in it: the database refuses to
 * drop one that is not empty, and so does the model while a table or sequence lives in it.
 */
public record DropSchema(String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    for (Table table : schema.tables()) {
      requireOutside(table.name(), "table");
    }
    for (Sequence sequence : schema.sequences()) {
      requireOutside(sequence.name(), "sequence");
    }
    return schema.withoutNamespace(name);
  }

  private void requireOutside(String object, String kind) {
    if (Names.qualifier(object).filter(q -> Names.same(q, name)).isPresent()) {
      throw new IllegalArgumentException("Cannot drop schema " + name + ": " + kind + " " + object
          + " is in it; drop that first");
    }
  }

  @Override
  public List<Operation> inverse(Schema before) {
    if (!before.hasNamespace(name)) {
      throw new IllegalArgumentException("No schema " + name + " was created by the migrations");
    }
    return List.of(new CreateSchema(name));
  }

  @Override
  public String describe() {
    return "drop schema " + name;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
