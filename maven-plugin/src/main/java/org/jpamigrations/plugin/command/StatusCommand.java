package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.plugin.db.Database;
import org.jpamigrations.plugin.diff.DiffResult;

/**
 * Where a database stands: its current revision, the applied migrations with when they ran, the
 * pending ones, and whether the entities have changes no migration captures yet.
 */
public final class StatusCommand {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  /**
   * @param database the database to look at
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes, entities and JDBC driver)
   * @param classesDirectory the project's compiled classes, where the entities are
   * @param hibernateSettings settings for reading the mapping
   */
  public record Request(
      Database database,
      String historyTable,
      String packageName,
      ClassLoader classLoader,
      Path classesDirectory,
      Map<String, String> hibernateSettings) {}

  /**
   * @param current the current revisions (none at base; several when unmerged branches are applied)
   * @param applied the history rows, oldest first
   * @param pending the migrations upgrade would apply, in order
   * @param entityChanges the changes generate would write now
   */
  public record Status(
      List<String> current, List<AppliedRevision> applied, List<MigrationScript> pending,
      List<Operation> entityChanges, List<String> problems) {}

  public Status run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.allowingHeads(
        MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    AppliedState state;
    try (Connection connection = request.database().open(request.classLoader())) {
      state = AppliedState.read(connection, new HistoryTable(request.historyTable()), graph);
    } catch (SQLException e) {
      throw new MigrationException("Database error on " + request.database() + ": " + e.getMessage(), e);
    }
    reporter.info("Database " + request.database() + " is at " + state.describeCurrent());
    if (graph.heads().size() > 1) {
      reporter.warn("The migrations have " + graph.heads().size() + " heads ("
          + String.join(", ", graph.heads().stream().map(MigrationScript::revision).toList())
          + "): join them with mvn migrations:merge before you upgrade.");
    }
    reporter.info("Applied (" + state.rows().size() + "):");
    for (AppliedRevision row : state.rows()) {
      reporter.info(String.format("  %s  %s  %s", row.revision(),
          row.appliedAt() == null ? "?" : WHEN.format(row.appliedAt()), label(graph.get(row.revision()))));
    }
    List<MigrationScript> pending = state.pending();
    List<String> problems = HistoryProblems.find(graph, state);
    reporter.info("Pending (" + pending.size() + "):" + (pending.isEmpty() ? " none" : ""));
    for (MigrationScript script : pending) {
      reporter.info("  " + script.revision() + "  " + label(script));
    }
    if (!problems.isEmpty()) {
      reporter.warn("Problems (" + problems.size() + "):");
      problems.forEach(problem -> reporter.warn("  " + problem));
    }
    // every migration, on all branches: what the database has once all of them ran
    Schema recorded = graph.schemaOf(
        graph.ordered().stream().map(MigrationScript::revision).collect(Collectors.toSet()));
    DiffResult diff = EntityChanges.detect(
        request.classesDirectory(), request.classLoader(), request.hibernateSettings(), recorded, reporter);
    if (diff.isEmpty()) {
      reporter.info("Entities: no changes beyond the migrations");
    } else {
      reporter.warn("Entities: " + diff.operations().size() + " change(s) no migration captures yet"
          + " (run mvn migrations:generate):");
      diff.operations().forEach(op -> reporter.warn("  " + op.describe()));
    }
    return new Status(state.current(), state.rows(), pending, diff.operations(), problems);
  }

  static String label(MigrationScript script) {
    return (script.message().isEmpty() ? "" : script.message() + "  ") + "(" + script.type().getSimpleName() + ")";
  }
}
