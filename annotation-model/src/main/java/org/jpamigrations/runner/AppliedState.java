package org.jpamigrations.runner;

import java.sql.Connection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;

/**
 * What a database has applied, held against the migration classes.
 *
 * @param graph the form of the history the database follows: with each squash migration, or with the
 *     revisions it replaces where the database applied some of those
 * @param rows the history rows of applied migrations, oldest first
 * @param applied their revisions
 * @param current the applied revisions no other applied one follows: one, or one per unmerged branch
 * @param pending the migrations not applied yet, in the order upgrade runs them; not those that failed half-way
 * @param failed the rows of migrations that failed half-way (FAILED, UNDO_FAILED), which wait for repair
 */
public record AppliedState(RevisionGraph graph, List<AppliedRevision> rows, Set<String> applied, List<String> current,
    List<MigrationScript> pending, List<AppliedRevision> failed) {

  /**
   * Reads the history table; fails when it names a revision no class declares, since then the code
   * cannot say what the database holds.
   */
  public static AppliedState read(Connection connection, HistoryTable history, RevisionGraph declared) {
    List<AppliedRevision> all = history.rows(connection);
    List<AppliedRevision> rows = all.stream().filter(row -> !row.failed()).toList();
    List<AppliedRevision> failed = all.stream().filter(AppliedRevision::failed).toList();
    List<String> revisions = rows.stream().map(AppliedRevision::revision).toList();
    RevisionGraph graph = declared.followedBy(revisions);
    requireDeclared(rows, graph, history);
    Set<String> applied = graph.appliedOf(revisions);
    Set<String> followed = graph.ancestorsOf(applied);
    List<String> current = graph.ordered().stream().map(MigrationScript::revision)
        .filter(r -> applied.contains(r) && !followed.contains(r)).toList();
    Set<String> halfWay = failed.stream().map(AppliedRevision::revision).collect(Collectors.toSet());
    List<MigrationScript> pending = graph.ordered().stream()
        .filter(s -> !applied.contains(s.revision()) && !halfWay.contains(s.revision())).toList();
    // Not Set.copyOf: its open addressing clusters on revision ids, which differ in their last digits only.
    return new AppliedState(graph, rows, Collections.unmodifiableSet(applied), current, pending, failed);
  }

  /**
   * The pending contract migrations ({@code @Revision(contract = true)}) that an upgrade to the head holds
   * back: those no migration follows yet, on a database that has migrations applied, where the
   * application version before them may still be running. A new database runs them at once: nothing runs
   * on it yet.
   */
  public List<MigrationScript> heldBack() {
    if (applied.isEmpty()) {
      return List.of();
    }
    return pending.stream().filter(s -> s.contract() && graph.children(s.revision()).isEmpty()).toList();
  }

  /** The latest applied revision in the order migrations run, or {@code null} at base. */
  public String latest() {
    return latestOf(applied);
  }

  /**
   * The latest revision applied once a run that found this state has done these steps, or {@code null} at base:
   * the steps are what it applied and undid, so the history table need not be read again.
   */
  public String latestAfter(List<StepResult> steps) {
    Set<String> now = new LinkedHashSet<>(applied);
    for (StepResult step : steps) {
      if (step.direction() == Direction.UP) {
        now.add(step.revision());
      } else {
        now.remove(step.revision());
      }
    }
    return latestOf(now);
  }

  private String latestOf(Set<String> revisions) {
    return revisions.stream().max(Comparator.comparing(graph::indexOf)).orElse(null);
  }

  /** The applied revisions in the order migrations run. */
  public List<String> appliedInOrder() {
    return applied.stream().sorted(Comparator.comparing(graph::indexOf)).toList();
  }

  /** The history rows of migrations this form of the history runs: those whose checksum it can compare. */
  public List<AppliedRevision> comparableRows() {
    return rows.stream().filter(row -> graph.contains(row.revision())).toList();
  }

  /**
   * Fails when a history row names a revision no migration class declares: the code cannot then say
   * what the database holds.
   */
  static void requireDeclared(List<AppliedRevision> rows, RevisionGraph graph, HistoryTable history) {
    List<String> unknown = rows.stream().map(AppliedRevision::revision).filter(r -> !graph.accounts(r)).toList();
    if (!unknown.isEmpty()) {
      boolean one = unknown.size() == 1;
      throw new MigrationException("The database has " + (one ? "revision " : "revisions ")
          + String.join(", ", unknown) + " applied, which no migration class declares. The database is ahead of"
          + " this code, or the class was deleted: pull the newer migrations or restore the class; if it was"
          + " removed on purpose, delete " + (one ? "its row" : "their rows") + " from table " + history.name() + ".");
    }
  }

  /** Applied revisions that an applied revision follows but that are not applied themselves: holes. */
  public List<String> missing() {
    Set<String> needed = graph.ancestorsOf(applied);
    return graph.ordered().stream().map(MigrationScript::revision)
        .filter(r -> needed.contains(r) && !applied.contains(r)).toList();
  }

  /** {@code base} or the current revisions, for messages. */
  public String describeCurrent() {
    return describe(current);
  }

  /** {@code base (no migration applied)}, or the revisions joined by {@code +}: one per unmerged branch. */
  public static String describe(List<String> current) {
    return current.isEmpty() ? RevisionGraph.BASE + " (no migration applied)" : String.join(" + ", current);
  }
}
