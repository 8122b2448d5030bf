package org.jpamigrations.plugin.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.Direction;
import org.jpamigrations.runner.SqlScript;

/** Prints the SQL script of an upgrade or downgrade ({@link SqlScript}), and writes it to a file if asked. */
public final class SqlCommand {

  /**
   * @param packageName the migrations package
   * @param classLoader the project's class loader (the compiled migrations)
   * @param dialect the database to write for
   * @param historyTable the history table's name
   * @param direction upgrade or downgrade
   * @param from the revision the database is at: exclusive start of an upgrade (default base), or the
   *     revision a downgrade starts from (default the head)
   * @param target the last revision an upgrade applies (default the head), or the revision a
   *     downgrade goes back to (default the parent of {@code from})
   * @param output a file to write the script to as well, or {@code null}
   */
  public record Request(String packageName, ClassLoader classLoader, SqlDialect dialect, String historyTable,
      Direction direction, String from, String target, Path output) {}

  /** Returns the script. */
  public String run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.of(MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    String text = SqlScript.write(graph, request.dialect(), request.historyTable(), request.direction(),
        request.from(), request.target(), MigrateCommand.listener(reporter, false));
    text.lines().forEach(reporter::info);
    if (request.output() != null) {
      try {
        Path parent = request.output().toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(request.output(), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MigrationException("Cannot write the SQL script to " + request.output() + ": " + e.getMessage()
            + ". Choose a writable migrations.output.", e);
      }
      reporter.info("Wrote the script to " + request.output());
    }
    return text;
  }
}
