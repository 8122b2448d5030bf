package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/** Drops a sequence. Destructive: its current value is lost, and a re-created one starts over. */
public record DropSequence(String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    return schema.withoutSequence(name);
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new CreateSequence(before.findSequence(name).orElseThrow(
        () -> new IllegalArgumentException("No sequence " + name + " in the schema"))));
  }

  @Override
  public boolean isDestructive(Schema before) {
    return true;
  }

  @Override
  public String describe() {
    return "drop sequence " + name;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
