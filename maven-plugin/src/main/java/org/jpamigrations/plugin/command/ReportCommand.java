package org.jpamigrations.plugin.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.diagram.HtmlReport;

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
  public record Request(String packageName, ClassLoader classLoader, String projectName, Path output) {}

  public void run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.allowingHeads(
        MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    String html = new HtmlReport().render(request.projectName(), graph);
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
}
