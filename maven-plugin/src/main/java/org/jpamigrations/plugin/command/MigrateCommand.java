package org.jpamigrations.plugin.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.runner.MigrationRunner;
import org.jpamigrations.runner.RunListener;
import org.jpamigrations.runner.StepResult;
import org.jpamigrations.plugin.db.Database;

/** Applies or rolls back migrations on a database. */
public final class MigrateCommand {

  /**
   * @param database where to run
   * @param dialect a dialect name or class overriding detection, or {@code null}
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes and JDBC driver)
   * @param target the revision to move to; {@code null} for the default of each direction
   */
  public record Request(
      Database database,
      String dialect,
      String historyTable,
      String packageName,
      ClassLoader classLoader,
      String target) {}

  public List<StepResult> upgrade(Request request, Reporter reporter) {
    return run(request, reporter, true);
  }

  public List<StepResult> downgrade(Request request, Reporter reporter) {
    return run(request, reporter, false);
  }

  private List<StepResult> run(Request request, Reporter reporter, boolean up) {
    List<MigrationScript> scripts = MigrationLoader.load(request.classLoader(), request.packageName());
    RevisionGraph graph = RevisionGraph.of(scripts);
    try (Connection connection = request.database().open(request.classLoader())) {
      SqlDialect dialect = SqlDialects.forConnection(connection, request.dialect());
      reporter.debug("Database " + request.database() + " (" + dialect.name() + ")");
      MigrationRunner runner = new MigrationRunner(
          connection, dialect, graph, new HistoryTable(request.historyTable()), listener(reporter));
      if (up && request.target() != null && !RevisionGraph.BASE.equals(request.target())) {
        refuseTargetBehind(connection, request, graph);
      }
      String before = runner.current();
      List<StepResult> steps = up ? runner.upgrade(request.target()) : runner.downgrade(request.target());
      if (steps.isEmpty()) {
        reporter.info(up
            ? "Nothing to upgrade: " + request.database() + " is at " + describe(before)
            : "Nothing to downgrade: " + request.database() + " is at " + describe(before));
      } else {
        reporter.info((up ? "Upgraded " : "Downgraded ") + request.database() + " from " + describe(before)
            + " to " + describe(runner.current()) + ".");
      }
      return steps;
    } catch (SQLException e) {
      throw new org.jpamigrations.migration.MigrationException(
          "Database error on " + request.database() + ": " + e.getMessage(), e);
    }
  }

  /** An upgrade target the database is already past is a downgrade in disguise: say so, change nothing. */
  private static void refuseTargetBehind(Connection connection, Request request, RevisionGraph graph) {
    graph.get(request.target());
    AppliedState state = AppliedState.read(connection, new HistoryTable(request.historyTable()), graph);
    boolean behind = state.current().stream()
        .anyMatch(c -> !c.equals(request.target()) && graph.lineage(c).contains(request.target()));
    if (behind) {
      throw new org.jpamigrations.migration.MigrationException("Cannot upgrade to " + request.target()
          + ": the database is already past it, at " + state.describeCurrent() + ". To go back to it, run"
          + " mvn migrations:downgrade -Dmigrations.target=" + request.target() + ".");
    }
  }

  private static String describe(String revision) {
    return revision == null ? "base (no migration applied)" : "revision " + revision;
  }

  private static RunListener listener(Reporter reporter) {
    return new RunListener() {
      @Override
      public void statement(String sql) {
        reporter.debug("  " + sql);
      }

      @Override
      public void finished(StepResult step) {
        reporter.info(String.format("%s %s %-40s %6d ms  %s",
            step.direction() == org.jpamigrations.runner.Direction.UP ? "Applied " : "Reverted",
            step.revision(), quote(step.message()), step.millis(), step.summary()));
      }
    };
  }

  private static String quote(String message) {
    return message == null || message.isEmpty() ? "" : "\"" + message + "\"";
  }
}
