package org.jpamigrations.runner;

import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;

/**
 * What is wrong between a database's history and the migration classes, each with its fix, as
 * {@code status} shows it: migrations that failed half-way, applied migrations edited since, and
 * migrations missing under applied ones. None of these is pending work, and none may look like it.
 */
public final class HistoryProblems {

  private HistoryProblems() {}

  public static List<String> find(AppliedState state) {
    RevisionGraph graph = state.graph();
    List<String> problems = new ArrayList<>();
    for (AppliedRevision row : state.failed()) {
      String label = graph.labelOf(row.revision());
      boolean undo = row.status() == AppliedRevision.Status.UNDO_FAILED;
      problems.add((undo ? "UNDO_FAILED: undoing migration " : "FAILED: migration ") + label
          + " stopped at statement " + row.failedStep() + " and left the database half-way. "
          + (undo ? "Redo by hand what its down() undid" : "Undo by hand what its statements before that did")
          + ", fix it, then run mvn migrations:repair and " + (undo ? "downgrade" : "upgrade") + " again.");
    }
    for (AppliedRevision row : state.comparableRows()) {
      MigrationScript script = graph.get(row.revision());
      if (script.editedSince(row)) {
        problems.add("EDITED: migration " + script.label() + " was edited after being applied here. Undo the edit"
            + " and put the change into a new migration, or, if the database matches it, run upgrade with"
            + " -Dmigrations.acceptChanged=true.");
      }
    }
    for (String revision : state.missing()) {
      problems.add("MISSING: migration " + graph.get(revision).label() + " is not applied, but migrations that"
          + " follow it are. Run upgrade to apply it, or check that it was not added after they ran.");
    }
    return problems;
  }
}
