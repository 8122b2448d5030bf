package org.jpamigrations.lint;

import java.util.Set;
import org.jpamigrations.model.Schema;

/**
 * Where an operation runs: the schema just before it, and the tables the same migration created before it,
 * which hold no rows and no running application uses yet, so locks and checks on them cost nothing.
 */
public record StepContext(Schema before, Set<String> createdHere) {

  public StepContext {
    createdHere = Set.copyOf(createdHere);
  }

  /** Whether the table existed before this migration, with rows and users. */
  public boolean existing(String table) {
    return createdHere.stream().noneMatch(created -> created.equalsIgnoreCase(table));
  }
}
