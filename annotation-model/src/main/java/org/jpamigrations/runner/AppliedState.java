package org.jpamigrations.runner;

import java.sql.Connection;
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
 * @param rows the history rows of applied migrations, oldest first
 * @param applied their revisions
 * @param current the applied revisions no other applied one follows: one, or one per unmerged branch
 * @param pending the migrations not applied yet, in the order upgrade runs them; not those that failed half-way
 * @param failed the rows of migrations that failed half-way (FAILED, UNDO_FAILED), which wait for repair
 */
public record AppliedState(List<AppliedRevision> rows, Set<String> applied, List<String> current,
    List<MigrationScript> pending, List<AppliedRevision> failed) {

  /**
   * Reads the history table; fails when it names a revision no class declares, since then the code
   * cannot say what the database holds.
   */
  public static AppliedState read(Connection connection, HistoryTable history, RevisionGraph graph) {
    List<AppliedRevision> all = history.rows(connection);
    List<AppliedRevision> rows = all.stream().filter(row -> !row.failed()).toList();
    List<AppliedRevision> failed = all.stream().filter(AppliedRevision::failed).toList();
    requireDeclared(rows, graph, history);
    Set<String> applied = new LinkedHashSet<>();
    rows.forEach(row -> applied.add(row.revision()));
    Set<String> followed = new HashSet<>();
    for (String revision : applied) {
      Set<String> lineage = graph.lineage(revision);
      lineage.remove(revision);
      followed.addAll(lineage);
    }
    List<String> current = graph.ordered().stream().map(MigrationScript::revision)
        .filter(r -> applied.contains(r) && !followed.contains(r)).toList();
    Set<String> halfWay = failed.stream().map(AppliedRevision::revision).collect(Collectors.toSet());
    List<MigrationScript> pending = graph.ordered().stream()
        .filter(s -> !applied.contains(s.revision()) && !halfWay.contains(s.revision())).toList();
    return new AppliedState(rows, Set.copyOf(applied), current, pending, failed);
  }

  /**
   * Fails when a history row names a revision no migration class declares: the code cannot then say
   * what the database holds.
   */
  static void requireDeclared(List<AppliedRevision> rows, RevisionGraph graph, HistoryTable history) {
    List<String> unknown = rows.stream().map(AppliedRevision::revision).filter(r -> !graph.contains(r)).toList();
    if (!unknown.isEmpty()) {
      boolean one = unknown.size() == 1;
      throw new MigrationException("The database has " + (one ? "revision " : "revisions ")
          + String.join(", ", unknown) + " applied, which no migration class declares. The database is ahead of"
          + " this code, or the class was deleted: pull the newer migrations or restore the class; if it was"
          + " removed on purpose, delete " + (one ? "its row" : "their rows") + " from table " + history.name() + ".");
    }
  }

  /** Applied revisions that an applied revision follows but that are not applied themselves: holes. */
  public List<String> missing(RevisionGraph graph) {
    Set<String> needed = new HashSet<>();
    applied.forEach(r -> needed.addAll(graph.lineage(r)));
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
