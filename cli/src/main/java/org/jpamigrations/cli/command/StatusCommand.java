package org.jpamigrations.cli.command;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrations status}: where the database stands; changes nothing. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Shows the current revision, the applied migrations, the pending ones, and problems (failed,"
        + " edited or missing migrations). Changes nothing.")
public final class StatusCommand extends DatabaseCommand {

  @Option(names = "--json", order = 10, description = "Print the status as one JSON object.")
  boolean json;

  @Option(names = "--fail-on-pending", order = 11,
      description = "Exit with 3 when migrations are pending: a gate for a deploy.")
  boolean failOnPending;

  @Option(names = "--fail-on-problems", order = 12,
      description = "Exit with 3 when a migration failed half-way, was edited after it ran, or is missing.")
  boolean failOnProblems;

  @Override
  String command() {
    return "status";
  }

  @Override
  void addCommandOptions(Map<String, String> request) {
    request.put("json", Boolean.toString(json));
    request.put("failOnPending", Boolean.toString(failOnPending));
    request.put("failOnProblems", Boolean.toString(failOnProblems));
  }
}
