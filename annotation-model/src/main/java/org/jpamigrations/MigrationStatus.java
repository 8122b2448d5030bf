package org.jpamigrations;

import java.util.List;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.runner.AppliedState;

/**
 * Where a database stands against the migration classes.
 *
 * @param database the database, as messages name it (never with a password)
 * @param current the current revisions: none at base, one, or one per unmerged branch
 * @param applied the history rows of applied migrations, oldest first
 * @param pending the migrations upgrade would apply, in order (not those that failed half-way)
 * @param failed the rows of migrations that failed half-way and wait for repair
 * @param problems failed, edited and missing migrations, each with its fix; none is pending work
 * @param heads the revisions no migration follows; more than one means branches to merge
 */
public record MigrationStatus(String database, List<String> current, List<AppliedRevision> applied,
    List<MigrationScript> pending, List<AppliedRevision> failed, List<String> problems, List<String> heads) {

  public MigrationStatus {
    current = List.copyOf(current);
    applied = List.copyOf(applied);
    pending = List.copyOf(pending);
    failed = List.copyOf(failed);
    problems = List.copyOf(problems);
    heads = List.copyOf(heads);
  }

  /** {@code base (no migration applied)} or the current revisions joined by {@code +}. */
  public String describeCurrent() {
    return AppliedState.describe(current);
  }

  /** Whether the database has every migration applied and no problem. */
  public boolean upToDate() {
    return pending.isEmpty() && problems.isEmpty();
  }
}
