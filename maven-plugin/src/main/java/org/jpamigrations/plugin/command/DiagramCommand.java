package org.jpamigrations.plugin.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.diagram.Diagram;
import org.jpamigrations.plugin.diagram.DiagramFormat;
import org.jpamigrations.plugin.diagram.Diagrams;

/**
 * Draws the schema at one revision, or the change one migration makes, as Mermaid, SVG or DOT, and writes it to a
 * file or prints it. Reads only the compiled migrations: no database, no entities.
 */
public final class DiagramCommand {

  /**
   * @param packageName the migrations package
   * @param classLoader the project's class loader (the compiled migrations)
   * @param format the format, or {@code null} to take it from the output file's extension (else Mermaid)
   * @param revision the revision whose schema to draw, {@code head} or {@code base}; {@code null} for head
   * @param migration the revision of the migration whose change to draw instead, or {@code null}
   * @param output the file to write, or {@code null} to print the diagram
   * @param wholeSchema whether a migration's picture shows the whole schema rather than the tables it touched
   */
  public record Request(String packageName, ClassLoader classLoader, String format, String revision, String migration,
      Path output, boolean wholeSchema) {}

  /** Returns the diagram's text. */
  public String run(Request request, Reporter reporter, PrintStream out) {
    DiagramFormat format = format(request);
    if (blank(request.revision()) != null && blank(request.migration()) != null) {
      throw new MigrationException("migrations.revision and migrations.migration are both set: give the revision"
          + " whose schema to draw, or the migration whose change to draw, not both.");
    }
    RevisionGraph graph = RevisionGraph.allowingHeads(
        MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    String text = format.render(diagram(graph, request));
    if (request.output() == null) {
      out.print(text);
      out.flush();
    } else {
      write(request.output(), text);
      reporter.info("Wrote the " + format.label() + " diagram to " + request.output());
    }
    return text;
  }

  private static Diagram diagram(RevisionGraph graph, Request request) {
    String migration = blank(request.migration());
    if (migration != null) {
      String resolved = graph.resolve(migration);
      if (RevisionGraph.BASE.equals(resolved)) {
        throw new MigrationException("migrations.migration is " + migration + ", which is no migration"
            + (graph.ordered().isEmpty() ? ": there are none yet in " + request.packageName() + "." : ". Give a"
            + " migration's revision, or head for the last one."));
      }
      Diagram change = Diagrams.ofMigration(graph, known(graph, resolved, "migrations.migration"));
      // a pull request's picture of one change in a large schema stays small
      return request.wholeSchema() ? change : change.changedPart();
    }
    String revision = blank(request.revision()) == null ? RevisionGraph.HEAD : request.revision().trim();
    String resolved = graph.resolve(revision);
    if (!RevisionGraph.BASE.equals(resolved)) {
      known(graph, resolved, "migrations.revision");
    }
    return Diagrams.atRevision(graph, revision);
  }

  /** The revision itself, or the graph's one-line error about it prefixed with the parameter that named it. */
  private static String known(RevisionGraph graph, String revision, String property) {
    try {
      return graph.get(revision).revision();
    } catch (MigrationException e) {
      throw new MigrationException(property + ": " + e.getMessage(), e);
    }
  }

  private static DiagramFormat format(Request request) {
    if (blank(request.format()) != null) {
      return DiagramFormat.named(request.format(), "migrations.format");
    }
    return request.output() == null ? DiagramFormat.MERMAID
        : DiagramFormat.forFile(request.output().getFileName().toString()).orElse(DiagramFormat.MERMAID);
  }

  private static void write(Path output, String text) {
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException("Cannot write the diagram to " + output + ": " + e.getMessage()
          + ". Check that the folder can be written, or give another migrations.output.", e);
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
