package org.jpamigrations.plugin.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.AppliedState;
import org.jpamigrations.jdbc.Database;

/**
 * The revision graph as text, oldest first, with branches and merges drawn as {@code git log --graph}
 * draws them, and the database's current revision marked when a database is given and reachable.
 */
public final class HistoryCommand {

  /**
   * @param packageName the migrations package
   * @param classLoader the project's class loader
   * @param database the database whose current revision to mark, or {@code null} for none
   * @param historyTable the history table's name
   */
  public record Request(String packageName, ClassLoader classLoader, Database database, String historyTable) {}

  /** Returns the lines it reported. */
  public List<String> run(Request request, Reporter reporter) {
    // a misspelt package must not look like a project with no migrations yet
    RevisionGraph graph = RevisionGraph.allowingHeads(
        MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    Set<String> current = current(request, graph, reporter);
    List<String> lines = new HistoryGraph(graph, current).lines();
    lines.forEach(reporter::info);
    return lines;
  }

  private static Set<String> current(Request request, RevisionGraph graph, Reporter reporter) {
    if (request.database() == null) {
      return Set.of();
    }
    Connection connection;
    try {
      connection = request.database().open(request.classLoader());
    } catch (MigrationException e) {
      reporter.info("Not marking the current revision: " + e.getMessage());
      return Set.of();
    }
    try (connection) {
      return Set.copyOf(AppliedState.read(connection, new HistoryTable(request.historyTable()), graph).current());
    } catch (SQLException e) {
      throw new MigrationException("Database error on " + request.database() + ": " + e.getMessage(), e);
    }
  }

  /** Lays out the graph in lanes, one column per branch still open. */
  static final class HistoryGraph {
    private final RevisionGraph graph;
    private final Set<String> current;
    private final List<String> lines = new ArrayList<>();

    HistoryGraph(RevisionGraph graph, Set<String> current) {
      this.graph = graph;
      this.current = current;
    }

    List<String> lines() {
      // each lane holds the revision whose child it waits for; null for a lane whose branch ended
      List<String> lanes = new ArrayList<>();
      Set<String> heads = Set.copyOf(graph.heads().stream().map(MigrationScript::revision).toList());
      for (MigrationScript script : graph.ordered()) {
        List<Integer> taken = new ArrayList<>();
        for (String parent : script.parents()) {
          for (int i = 0; i < lanes.size(); i++) {
            if (parent.equals(lanes.get(i)) && !taken.contains(i)) {
              taken.add(i);
              break;
            }
          }
        }
        int lane;
        if (taken.isEmpty()) {
          lanes.add(script.revision());
          lane = lanes.size() - 1;
        } else {
          taken.sort(null);
          lane = taken.get(0);
          for (int k = taken.size() - 1; k >= 1; k--) {
            join(lanes, taken.get(k));
            lanes.remove((int) taken.get(k));
          }
        }
        lanes.set(lane, script.revision());
        node(lanes, lane, script, heads.contains(script.revision()));
        int children = graph.children(script.revision()).size();
        for (int c = 1; c < children; c++) {
          fork(lanes, lane);
          if (lane + 1 < lanes.size() && lanes.get(lane + 1) == null) {
            lanes.set(lane + 1, script.revision());
          } else {
            lanes.add(lane + 1, script.revision());
          }
        }
        if (children == 0) {
          lanes.set(lane, null);
        }
        while (!lanes.isEmpty() && lanes.get(lanes.size() - 1) == null) {
          lanes.remove(lanes.size() - 1);
        }
      }
      return lines;
    }

    private void node(List<String> lanes, int lane, MigrationScript script, boolean head) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < lanes.size(); i++) {
        line.append(i == lane ? '*' : lanes.get(i) == null ? ' ' : '|').append(' ');
      }
      line.append(script.revision());
      List<String> tags = new ArrayList<>();
      if (head) {
        tags.add("head");
      }
      if (current.contains(script.revision())) {
        tags.add("current");
      }
      if (script.parents().size() > 1) {
        tags.add("merge of " + String.join(", ", script.parents()));
      }
      if (!tags.isEmpty()) {
        line.append(" (").append(String.join(", ", tags)).append(")");
      }
      line.append("  ").append(StatusCommand.label(script));
      lines.add(line.toString().stripTrailing());
    }

    /** Lane {@code lane} splits in two; the lanes to its right move one column right. */
    private void fork(List<String> lanes, int lane) {
      boolean fillsGap = lane + 1 < lanes.size() && lanes.get(lane + 1) == null;
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < lanes.size(); i++) {
        if (i < lane) {
          line.append(lanes.get(i) == null ? "  " : "| ");
        } else if (i == lane) {
          line.append("|\\");
        } else {
          line.append(lanes.get(i) == null ? "  " : fillsGap ? "| " : " \\");
        }
      }
      lines.add(line.toString().stripTrailing());
    }

    /** Lane {@code lane} ends in the one to its left; the lanes to its right move one column left. */
    private void join(List<String> lanes, int lane) {
      char[] row = new char[2 * lanes.size()];
      java.util.Arrays.fill(row, ' ');
      for (int i = 0; i < lanes.size(); i++) {
        if (lanes.get(i) != null) {
          if (i < lane) {
            row[2 * i] = '|';
          } else {
            row[2 * i - 1] = '/';
          }
        }
      }
      lines.add(new String(row).stripTrailing());
    }
  }
}
