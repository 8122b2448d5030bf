package org.jpamigrations.plugin.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.plugin.inspect.DatabaseSchemaReader;
import org.jpamigrations.plugin.inspect.SchemaDrift;
import org.jpamigrations.runner.AppliedState;
import org.jpamigrations.runner.HistoryProblems;

/**
 * Checks a live database against the code: every applied migration still exists with the operations
 * it ran (same checksum), none it follows is missing, and the database's schema equals the one the
 * applied migrations record. Fails listing every problem.
 */
public final class ValidateCommand {

  /**
   * @param database the database to check
   * @param dialect a dialect name or class overriding detection, or {@code null}
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes and JDBC driver)
   */
  public record Request(
      Database database, String dialect, String historyTable, String packageName, ClassLoader classLoader) {}

  /** Returns the (empty) list of problems when the database is valid; throws listing them otherwise. */
  public List<String> run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.allowingHeads(
        MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    HistoryTable history = new HistoryTable(request.historyTable());
    List<String> problems = new ArrayList<>();
    try (Connection connection = request.database().open(request.classLoader())) {
      AppliedState state = AppliedState.read(connection, history, graph);
      // Failed, edited and missing migrations first, as status lists them: then the schema's drift, which
      // means nothing while a migration is half-way.
      problems.addAll(HistoryProblems.find(state));
      if (!state.failed().isEmpty()) {
        problems.add("drift not compared: the schema is half-way through the failed migration above");
      } else {
        SqlDialect dialect = SqlDialects.forConnection(connection, request.dialect());
        Schema recorded = state.graph().schemaOf(state.applied());
        String historyName = last(history.name());
        Schema live = new DatabaseSchemaReader().read(connection, table -> Names.same(last(table), historyName));
        new SchemaDrift(dialect).compare(recorded, live).forEach(d -> problems.add("drift: " + d));
      }
      if (!problems.isEmpty()) {
        throw new MigrationException(request.database() + " does not match the migrations ("
            + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  "
            + String.join("\n  ", problems)
            + "\nFix the database or the migrations; for drift, a new migration can bring the schema back in line.");
      }
      reporter.info("Valid: " + request.database() + " is at " + state.describeCurrent() + "; "
          + state.applied().size() + " applied " + (state.applied().size() == 1 ? "migration matches" : "migrations match")
          + " the code and the schema matches what they record"
          + (state.pending().isEmpty() ? "." : "; " + state.pending().size() + " pending."));
      return problems;
    } catch (SQLException e) {
      throw new MigrationException("Database error on " + request.database() + ": " + e.getMessage(), e);
    }
  }

  private static String last(String name) {
    List<String> parts = Names.parts(name);
    return parts.get(parts.size() - 1);
  }
}
