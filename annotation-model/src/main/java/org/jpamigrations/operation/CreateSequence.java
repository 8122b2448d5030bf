package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    return schema.withSequence(sequence);
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropSequence(sequence.name()));
  }

  @Override
  public String describe() {
    return "create sequence " + sequence.name();
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
