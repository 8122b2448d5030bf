package org.jpamigrations.plugin.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.plugin.diagram.HtmlReport;
import org.jpamigrations.plugin.diagram.RevisionGraphSvg;
import org.jpamigrations.runner.AppliedState;

/**
 * Writes the migrations report: one self-contained HTML page with the schema at the head, the revision graph and
 * each migration's change as pictures. Reads only the compiled migrations.
 */
public final class ReportCommand {

  /**
   * @param packageName the migrations package
   * @param classLoader the project's class loader (the compiled migrations)
   * @param projectName the name the page's title gives
   * @param output the HTML file to write; its folder is created
   */
  public record Request(String packageName, ClassLoader classLoader, String projectName, Path output,
      Database database, String historyTable) {

    /** A report that reads no database. */
    public Request(String packageName, ClassLoader classLoader, String projectName, Path output) {
      this(packageName, classLoader, projectName, output, null, null);
    }
  }

  public void run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.allowingHeads(
        MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    Map<String, RevisionGraphSvg.State> states = states(request, graph, reporter);
    String html = new HtmlReport().render(request.projectName(), graph, states,
        states.isEmpty() ? null : request.database().toString());
    try {
      Path parent = request.output().toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(request.output(), html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException("Cannot write the report to " + request.output() + ": " + e.getMessage()
          + ". Check that the folder can be written, or give another migrations.output.", e);
    }
    reporter.info("Wrote the migrations report (" + graph.ordered().size() + " migrations) to " + request.output());
  }

  /** Applied, pending or failed, per revision, on the request's database; empty without one, or when it does not answer. */
  private static Map<String, RevisionGraphSvg.State> states(Request request, RevisionGraph graph, Reporter reporter) {
    if (request.database() == null) {
      return Map.of();
    }
    try (Connection connection = request.database().open(request.classLoader())) {
      AppliedState state = AppliedState.read(connection, new HistoryTable(request.historyTable()), graph);
      Map<String, RevisionGraphSvg.State> states = new HashMap<>();
      graph.ordered().forEach(script -> states.put(script.revision(), RevisionGraphSvg.State.PENDING));
      state.applied().forEach(revision -> states.put(revision, RevisionGraphSvg.State.APPLIED));
      state.failed().forEach(row -> states.put(row.revision(), RevisionGraphSvg.State.FAILED));
      return states;
    } catch (MigrationException | SQLException e) {
      reporter.info("The revision graph shows no database state: " + e.getMessage());
      return Map.of();
    }
  }
}
