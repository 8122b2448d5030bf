package org.jpamigrations.diff;

import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;

/**
 * What a comparison found.
 *
 * @param operations the operations that turn the recorded schema into the mapped one, in order
 * @param warnings generated steps that need a person's attention before they run (a likely rename,
 *     a value to fill in), one line each; the generated file repeats them
 */
public record DiffResult(List<Operation> operations, List<String> warnings) {

  public DiffResult {
    operations = List.copyOf(operations);
    warnings = List.copyOf(warnings);
  }

  /** Whether there is nothing to generate. */
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /** The operations that can lose data, each judged against the schema it runs on. */
  public List<Operation> destructive(Schema recorded) {
    List<Operation> found = new ArrayList<>();
    Schema current = recorded;
    for (Operation op : operations) {
      if (op.isDestructive(current)) {
        found.add(op);
      }
      current = op.apply(current);
    }
    return found;
  }
}
