package org.jpamigrations.lint;

import java.util.Set;
import org.jpamigrations.model.Schema;

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

  /** Whether the table existed before this migration, with rows and users. */
  public boolean existing(String table) {
    return createdHere.stream().noneMatch(created -> created.equalsIgnoreCase(table));
  }
}
