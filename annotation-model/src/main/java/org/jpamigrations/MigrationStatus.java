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
 * @param heldBack the pending contract migrations an upgrade to the head holds back until the next release
 *     ({@code @Revision(contract = true)}); part of {@code pending}
 */
public record MigrationStatus(String database, List<String> current, List<AppliedRevision> applied,
    List<MigrationScript> pending, List<AppliedRevision> failed, List<String> problems, List<String> heads,
    List<MigrationScript> heldBack) {

  public MigrationStatus {
    current = List.copyOf(current);
    applied = List.copyOf(applied);
    pending = List.copyOf(pending);
    failed = List.copyOf(failed);
    problems = List.copyOf(problems);
    heads = List.copyOf(heads);
    heldBack = heldBack == null ? List.of() : List.copyOf(heldBack);
  }

  /** The pending migrations an upgrade to the head runs: all but the contracts it holds back. */
  public List<MigrationScript> toRun() {
    return pending.stream().filter(script -> !heldBack.contains(script)).toList();
  }

  /** {@code base (no migration applied)} or the current revisions joined by {@code +}. */
  public String describeCurrent() {
    return AppliedState.describe(current);
  }

  /** Whether an upgrade to the head has nothing to run and the database no problem. */
  public boolean upToDate() {
    return toRun().isEmpty() && problems.isEmpty();
  }
}
