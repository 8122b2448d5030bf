package org.jpamigrations.diff;

import java.util.List;
import java.util.stream.Collectors;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;

/**
 * The entity changes that no migration records: the mapped schema compared with the one the migrations
 * record at their head. The build's {@code check} goal and an application's start-up report it the same way.
 *
 * @param recordedBy the head revision, or {@code null} when there is no migration yet
 * @param operations what a migration generated now would do, in order
 */
public record ModelChanges(String recordedBy, List<Operation> operations) {

  public ModelChanges {
    operations = List.copyOf(operations);
  }

  /** The changes from what {@code graph} records at its head to the {@code mapped} schema. */
  public static ModelChanges between(RevisionGraph graph, Schema mapped) {
    String head = graph.head().map(MigrationScript::revision).orElse(null);
    return new ModelChanges(head, new SchemaDiffer().diff(graph.schemaAt(head), mapped).operations());
  }

  /** Whether the migrations capture every entity change. */
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /** One line per change under a count; the caller adds the fix, which depends on where it runs. */
  public String describe() {
    if (isEmpty()) {
      return "The migrations capture every entity change (recorded by "
          + (recordedBy == null ? "no migration yet" : "revision " + recordedBy) + ")";
    }
    return "The entities have " + operations.size() + (operations.size() == 1 ? " change" : " changes")
        + " that no migration captures:\n"
        + operations.stream().map(op -> "  " + op.describe()).collect(Collectors.joining("\n"));
  }
}
