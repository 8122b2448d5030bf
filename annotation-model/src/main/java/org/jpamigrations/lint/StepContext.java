package org.jpamigrations.lint;

import java.util.HashSet;
import java.util.Set;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.Operation;

/**
 * Where an operation runs: the schema just before it, and the tables the same migration created before it,
 * which hold no rows and no running application uses yet, so locks and checks on them cost nothing.
 *
 * @param lockTimeout whether its statements give up on a lock after a short wait ({@code @LockTimeout} on the
 *     migration, or the run-wide {@code migrations.ddlLockTimeout}) instead of queuing behind long transactions
 */
public record StepContext(Schema before, Set<String> createdHere, boolean lockTimeout) {

  public StepContext {
    createdHere = Set.copyOf(createdHere);
  }

  /** A step of a migration without a lock timeout. */
  public StepContext(Schema before, Set<String> createdHere) {
    this(before, createdHere, false);
  }

  /**
   * The tables created before the next step: {@code created} and this step's table, if it creates one. A new
   * set only when it grows, so that each step's context shares it instead of copying it.
   */
  public static Set<String> createdAfter(Set<String> created, Operation operation) {
    if (!(operation instanceof CreateTable create)) {
      return created;
    }
    Set<String> grown = new HashSet<>(created);
    grown.add(create.table().name());
    return Set.copyOf(grown);
  }

  /** Whether the table existed before this migration, with rows and users. */
  public boolean existing(String table) {
    return createdHere.stream().noneMatch(created -> created.equalsIgnoreCase(table));
  }
}
