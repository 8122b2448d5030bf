package org.jpamigrations.cli.runner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jpamigrations.Migrations;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.Direction;

/** {@code sql}: the runtime's script on stdout, so that {@code > upgrade.sql} works, or in the --output file. */
final class SqlOutput {

  private SqlOutput() {}

  static int write(Migrations migrations, Request request, PrintWriter out) {
    Direction direction = Direction.valueOf(request.get("direction").toUpperCase(Locale.ROOT));
    String script = migrations.sql(request.get("database"), direction, request.get("from"), request.get("target"));
    String output = request.get("output");
    if (output == null) {
      out.print(script.endsWith("\n") ? script : script + "\n");
      return 0;
    }
    Path file = Path.of(output);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException("Cannot write the SQL script to " + file + ": " + e.getMessage()
          + ". Choose a writable --output.", e);
    }
    out.println("Wrote the script to " + file);
    return 0;
  }
}
