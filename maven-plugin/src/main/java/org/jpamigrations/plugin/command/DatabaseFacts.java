package org.jpamigrations.plugin.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.lint.TableSizes;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.AppliedState;

/**
 * What lint learns from the database it was given, over one connection: which migrations are pending and how many
 * rows its tables hold. Either may be unknown; lint then chooses the migrations otherwise, and shows no sizes.
 *
 * @param pending the migrations the database has not applied, when lint reviews those and the database told
 * @param sizes the estimated rows per table, {@link TableSizes#UNKNOWN} when the database could not tell
 * @param noPending why the pending migrations are unknown, for the line that says which lint reviews instead
 */
record DatabaseFacts(Optional<List<MigrationScript>> pending, TableSizes sizes, String noPending) {

  static DatabaseFacts read(LintCommand.Request request, RevisionGraph graph, Reporter reporter) {
    boolean wantsPending = LintCommand.PENDING.equalsIgnoreCase(LintCommand.which(request));
    if (request.database() == null) {
      reporter.info("Table sizes unknown: no database given");
      return new DatabaseFacts(Optional.empty(), TableSizes.UNKNOWN, "no database is given");
    }
    try (Connection connection = request.database().open(request.classLoader())) {
      Optional<List<MigrationScript>> pending = Optional.empty();
      String noPending = "not asked for";
      if (wantsPending) {
        try {
          pending = Optional.of(AppliedState.read(connection, new HistoryTable(request.historyTable()), graph)
              .pending());
        } catch (MigrationException e) {
          noPending = "the database cannot tell which are pending (" + e.getMessage() + ")";
        }
      }
      return new DatabaseFacts(pending, sizes(connection, request, reporter), noPending);
    } catch (MigrationException | SQLException e) {
      reporter.info("Table sizes unknown: the database cannot be read (" + e.getMessage() + ")");
      return new DatabaseFacts(Optional.empty(), TableSizes.UNKNOWN,
          "the database cannot tell which are pending (" + e.getMessage() + ")");
    }
  }

  /** The sizes, or unknown with a line that says why: statistics are a fact to show, never a reason to fail. */
  private static TableSizes sizes(Connection connection, LintCommand.Request request, Reporter reporter) {
    try {
      SqlDialect dialect = SqlDialects.forConnection(connection, request.dialect());
      Optional<TableSizes> sizes = TableSizes.read(connection, dialect);
      if (sizes.isEmpty()) {
        reporter.info("Table sizes unknown: no statistics are known here for " + dialect.name());
        return TableSizes.UNKNOWN;
      }
      reporter.info("Table sizes from the statistics of " + request.database() + ", shown with the findings");
      return sizes.get();
    } catch (MigrationException | SQLException e) {
      reporter.info("Table sizes unknown: the database's statistics cannot be read (" + e.getMessage() + ")");
      return TableSizes.UNKNOWN;
    }
  }
}
