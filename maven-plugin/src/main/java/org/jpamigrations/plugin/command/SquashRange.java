package org.jpamigrations.plugin.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;

/**
 * The migrations a squash replaces: a straight run of the history from one revision to another, which
 * no branch leaves or joins half-way, so that one migration can stand for all of them.
 *
 * @param chain the migrations, oldest first
 * @param parents what the first of them follows, which the squash follows too
 * @param replaces the revisions the squash declares it replaces: the chain's, and those that a squash
 *     in the chain replaced in turn, so that their history rows stay accounted for
 */
record SquashRange(List<MigrationScript> chain, List<String> parents, List<String> replaces) {

  /**
   * @param declared every migration class, to tell a squash whose originals are still there
   * @param from the first revision to replace; {@code null} for the first migration
   * @param to the last revision to replace; {@code null} for the head
   */
  static SquashRange of(RevisionGraph graph, List<MigrationScript> declared, String from, String to) {
    if (graph.ordered().isEmpty()) {
      throw new MigrationException("Nothing to squash: there are no migrations yet.");
    }
    String last = graph.resolve(to == null || to.isBlank() ? RevisionGraph.HEAD : to.strip());
    String first = from == null || from.isBlank() ? graph.ordered().get(0).revision() : from.strip();
    graph.get(first);
    Deque<MigrationScript> chain = new ArrayDeque<>();
    MigrationScript at = graph.get(last);
    while (true) {
      chain.push(at);
      if (at.revision().equals(first)) {
        break;
      }
      if (at.parents().size() != 1) {
        throw new MigrationException("Cannot squash " + first + " to " + last + ": "
            + (at.parents().isEmpty() ? first + " does not come before " + last
                : "migration " + at.label() + " merges branches inside the range")
            + ". Choose migrations.from and migrations.to on one straight line of the history"
            + " (mvn migrations:history shows it).");
      }
      at = graph.get(at.parents().get(0));
    }
    List<MigrationScript> ordered = List.copyOf(chain);
    if (ordered.size() < 2) {
      throw new MigrationException("Nothing to squash: " + first + " to " + last + " is one migration."
          + " Choose a range of two or more with migrations.from and migrations.to.");
    }
    for (MigrationScript script : ordered.subList(0, ordered.size() - 1)) {
      List<MigrationScript> children = graph.children(script.revision());
      if (children.size() > 1) {
        throw new MigrationException("Cannot squash " + first + " to " + last + ": a branch leaves it at "
            + script.label() + " (followed by " + children.stream().map(MigrationScript::revision).toList()
            + "). End the range at " + script.revision() + ", or merge the branches first.");
      }
    }
    return new SquashRange(ordered, ordered.get(0).parents(), List.copyOf(replaces(graph, declared, ordered)));
  }

  private static List<String> replaces(RevisionGraph graph, List<MigrationScript> declared, List<MigrationScript> chain) {
    Set<String> replaces = new LinkedHashSet<>();
    for (MigrationScript script : chain) {
      List<String> earlier = graph.replacedBy(script.revision());
      List<String> stillThere = declared.stream().map(MigrationScript::revision).filter(earlier::contains).toList();
      if (!stillThere.isEmpty()) {
        throw new MigrationException("Cannot squash migration " + script.label() + " again while the migrations"
            + " it replaces (" + String.join(", ", stillThere) + ") are still there: delete them first, once every"
            + " database has applied them or it.");
      }
      replaces.addAll(earlier);
      replaces.add(script.revision());
    }
    return new ArrayList<>(replaces);
  }

  String first() {
    return chain.get(0).revision();
  }

  String last() {
    return chain.get(chain.size() - 1).revision();
  }
}
