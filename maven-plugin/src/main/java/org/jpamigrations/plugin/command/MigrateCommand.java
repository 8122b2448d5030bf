package org.jpamigrations.plugin.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.db.Database;
import org.jpamigrations.runner.Direction;
import org.jpamigrations.runner.MigrationRunner;
import org.jpamigrations.runner.RunListener;
import org.jpamigrations.runner.RunOptions;
import org.jpamigrations.runner.StepResult;

/** Applies or rolls back migrations on a database, or repairs its history after a failure. */
public final class MigrateCommand {

  /**
   * @param database where to run
   * @param dialect a dialect name or class overriding detection, or {@code null}
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes and JDBC driver)
   * @param target the revision to move to; {@code null} for the default of each direction
   * @param options lock timeout, acceptChanged, dryRun
   */
  public record Request(
      Database database,
      String dialect,
      String historyTable,
      String packageName,
      ClassLoader classLoader,
      String target,
      RunOptions options) {

    public Request {
      options = options == null ? RunOptions.DEFAULTS : options;
    }

    /** With the default options. */
    public Request(
        Database database, String dialect, String historyTable, String packageName, ClassLoader classLoader,
        String target) {
      this(database, dialect, historyTable, packageName, classLoader, target, RunOptions.DEFAULTS);
    }
  }

  public List<StepResult> upgrade(Request request, Reporter reporter) {
    return migrate(request, reporter, true);
  }

  public List<StepResult> downgrade(Request request, Reporter reporter) {
    return migrate(request, reporter, false);
  }

  /**
   * Clears the history entries of migrations that failed half-way, after the user fixed the database.
   *
   * @return the entries cleared
   */
  public List<AppliedRevision> repair(Request request, Reporter reporter) {
    return withRunner(request, reporter, runner -> {
      List<AppliedRevision> cleared = runner.repair();
      if (cleared.isEmpty()) {
        reporter.info("Nothing to repair: no failed migration is recorded in " + request.database() + ".");
      }
      for (AppliedRevision row : cleared) {
        reporter.info(row.status() == AppliedRevision.Status.FAILED
            ? "Cleared the failed entry of migration " + row.revision()
                + ": the next upgrade applies it from its first statement."
            : "Cleared the failed undo of migration " + row.revision() + ": it is recorded as applied again.");
      }
      return cleared;
    });
  }

  private List<StepResult> migrate(Request request, Reporter reporter, boolean up) {
    boolean dry = request.options().dryRun();
    return withRunner(request, reporter, up, runner -> {
      String before = runner.current();
      List<StepResult> steps = up ? runner.upgrade(request.target()) : runner.downgrade(request.target());
      if (steps.isEmpty()) {
        reporter.info((up ? "Nothing to upgrade: " : "Nothing to downgrade: ") + request.database() + " is at "
            + describe(before));
      } else if (dry) {
        reporter.info("Dry run: " + (up ? "upgrading " : "downgrading ") + request.database() + " from "
            + describe(before) + " would " + (up ? "apply " : "undo ") + steps.size()
            + (steps.size() == 1 ? " migration" : " migrations") + " with the SQL above. Nothing was changed.");
      } else {
        reporter.info((up ? "Upgraded " : "Downgraded ") + request.database() + " from " + describe(before)
            + " to " + describe(runner.current()) + ".");
      }
      return steps;
    });
  }

  private <T> T withRunner(Request request, Reporter reporter, Function<MigrationRunner, T> body) {
    return withRunner(request, reporter, false, body);
  }

  private <T> T withRunner(
      Request request, Reporter reporter, boolean upgrade, Function<MigrationRunner, T> body) {
    List<MigrationScript> scripts = MigrationLoader.loadRequired(request.classLoader(), request.packageName());
    RevisionGraph graph = RevisionGraph.of(scripts);
    try (Connection connection = request.database().open(request.classLoader())) {
      String target = graph.resolve(request.target());
      if (upgrade && target != null && !RevisionGraph.BASE.equals(target)) {
        refuseTargetBehind(connection, request.historyTable(), graph, target);
      }
      SqlDialect dialect = SqlDialects.forConnection(connection, request.dialect());
      reporter.debug("Database " + request.database() + " (" + dialect.name() + ")");
      MigrationRunner runner = new MigrationRunner(connection, dialect, graph,
          new HistoryTable(request.historyTable()), listener(reporter, request.options().dryRun()), request.options());
      return body.apply(runner);
    } catch (SQLException e) {
      throw new MigrationException("Database error on " + request.database() + ": "
          + request.database().hide(e.getMessage()), e);
    }
  }

  /** An upgrade target the database is already past is a downgrade in disguise: say so, change nothing. */
  private static void refuseTargetBehind(Connection connection, String historyTable, RevisionGraph graph, String target) {
    graph.get(target);
    AppliedState state = AppliedState.read(connection, new HistoryTable(historyTable), graph);
    boolean behind = state.current().stream()
        .anyMatch(c -> !c.equals(target) && graph.lineage(c).contains(target));
    if (behind) {
      throw new org.jpamigrations.migration.MigrationException("Cannot upgrade to " + target
          + ": the database is already past it, at " + state.describeCurrent() + ". To go back to it, run"
          + " mvn migrations:downgrade -Dmigrations.target=" + target + ".");
    }
  }

  private static String describe(String revision) {
    return revision == null ? "base (no migration applied)" : "revision " + revision;
  }

  private static RunListener listener(Reporter reporter, boolean dryRun) {
    return new RunListener() {
      @Override
      public void statement(String sql) {
        if (dryRun) {
          reporter.info(sql.startsWith("--") ? sql : sql + ";");
        } else {
          reporter.debug("  " + sql);
        }
      }

      @Override
      public void finished(StepResult step) {
        reporter.info(String.format("%s %s %-40s %6d ms  %s",
            step.direction() == Direction.UP ? "Applied " : "Reverted",
            step.revision(), quote(step.message()), step.millis(), step.summary()));
      }

      @Override
      public void warning(String message) {
        reporter.warn(message);
      }
    };
  }

  private static String quote(String message) {
    return message == null || message.isEmpty() ? "" : "\"" + message + "\"";
  }
}
