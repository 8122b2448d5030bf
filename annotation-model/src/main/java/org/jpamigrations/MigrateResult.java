package org.jpamigrations;

import java.util.List;
import org.jpamigrations.runner.StepResult;

/**
 * What an upgrade or downgrade did.
 *
 * @param database the database, as messages name it (never with a password)
 * @param from the revision the database was at, {@code null} at base
 * @param to the revision it is at now, {@code null} at base; in a dry run, where it was
 * @param steps the migrations applied or undone, in order; in a dry run, those that would be
 * @param dryRun whether nothing was changed
 */
public record MigrateResult(String database, String from, String to, List<StepResult> steps, boolean dryRun) {

  public MigrateResult {
    steps = List.copyOf(steps);
  }

  /** The revisions applied or undone, in order. */
  public List<String> revisions() {
    return steps.stream().map(StepResult::revision).toList();
  }
}
