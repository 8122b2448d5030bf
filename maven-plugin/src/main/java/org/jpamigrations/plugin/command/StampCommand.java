package org.jpamigrations.plugin.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Names;
import org.jpamigrations.plugin.db.Database;
import org.jpamigrations.plugin.inspect.DatabaseSchemaReader;

/**
 * Records a revision and every revision it follows as applied, without running them: to adopt a
 * database whose schema already exists (a baseline), so that upgrade continues from there.
 */
public final class StampCommand {

  /**
   * @param database the database to stamp
   * @param dialect a dialect name or class overriding detection, or {@code null}
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes and JDBC driver)
   * @param target the revision the database's schema already matches; {@code null} for the head
   * @param force stamp even a database without tables
   */
  public record Request(Database database, String dialect, String historyTable, String packageName,
      ClassLoader classLoader, String target, boolean force) {}

  /** Returns the revisions it recorded, oldest first. */
  public List<String> run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.of(MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    String requested = graph.resolve(request.target());
    if (RevisionGraph.BASE.equals(requested)) {
      throw new MigrationException("Cannot stamp " + RevisionGraph.BASE + ": it means no migration applied."
          + " To forget the recorded migrations, delete the rows of the history table.");
    }
    String target = requested != null ? requested
        : graph.head().map(MigrationScript::revision).orElseThrow(() -> new MigrationException(
            "Nothing to stamp: there are no migrations in " + request.packageName()
            + ". Generate the first one (mvn migrations:generate) before you stamp."));
    graph.get(target);
    HistoryTable history = new HistoryTable(request.historyTable());
    try (Connection connection = request.database().open(request.classLoader())) {
      AppliedState state = AppliedState.read(connection, history, graph);
      List<MigrationScript> lineage = graph.between(null, target);
      List<String> beyond = state.applied().stream()
          .filter(r -> lineage.stream().noneMatch(s -> s.revision().equals(r))).sorted().toList();
      if (!beyond.isEmpty()) {
        throw new MigrationException("Cannot stamp " + target + ": the database already has "
            + String.join(", ", beyond) + " applied, which " + target + " does not include. Stamp only moves"
            + " forward; downgrade first if the database really is at " + target + ".");
      }
      boolean empty = new DatabaseSchemaReader().isEmpty(connection, table -> Names.same(
          last(table), last(history.name())));
      if (empty && !request.force()) {
        throw new MigrationException("Refusing to stamp " + request.database() + " at " + target
            + ": it has no tables, so recording migrations as applied would lie about it. Run mvn migrations:upgrade"
            + " to create the schema, or add -Dmigrations.force=true if the tables live elsewhere.");
      }
      List<MigrationScript> toRecord = lineage.stream().filter(s -> !state.applied().contains(s.revision())).toList();
      if (toRecord.isEmpty()) {
        reporter.info("Nothing to stamp: " + request.database() + " already records " + target);
        return List.of();
      }
      SqlDialect dialect = SqlDialects.forConnection(connection, request.dialect());
      history.ensure(connection, dialect);
      record(connection, history, toRecord);
      reporter.info("Stamped " + request.database() + " at " + target + ": recorded " + toRecord.size()
          + (toRecord.size() == 1 ? " migration" : " migrations") + " as applied without running them.");
      toRecord.forEach(s -> reporter.info("  " + s.label()));
      return toRecord.stream().map(MigrationScript::revision).toList();
    } catch (SQLException e) {
      throw new MigrationException("Database error on " + request.database() + ": " + e.getMessage(), e);
    }
  }

  /** All rows in one transaction: a failure records none. */
  private static void record(Connection connection, HistoryTable history, List<MigrationScript> scripts)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      Instant now = Instant.now();
      for (MigrationScript script : scripts) {
        history.insert(connection, new AppliedRevision(script.revision(), script.message(), script.checksum(), now,
            0, System.getProperty("user.name")));
      }
      connection.commit();
    } catch (RuntimeException | SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String last(String name) {
    List<String> parts = Names.parts(name);
    return parts.get(parts.size() - 1);
  }
}
