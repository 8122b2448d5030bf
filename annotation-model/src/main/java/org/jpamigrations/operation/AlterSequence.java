package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;

/**
 * Changes the increment and the recorded start of the sequence of the same name. The next value is
 * not reset: a sequence that holds values goes on from where it is.
 */
public record AlterSequence(Sequence sequence) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    before(schema);
    return schema.withoutSequence(sequence.name()).withSequence(sequence);
  }

  /** The sequence as it was before this operation. */
  public Sequence before(Schema schema) {
    return schema.findSequence(sequence.name()).orElseThrow(
        () -> new IllegalArgumentException("No sequence " + sequence.name() + " in the schema"));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new AlterSequence(before(before)));
  }

  @Override
  public String describe() {
    return "alter sequence " + sequence.name();
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
