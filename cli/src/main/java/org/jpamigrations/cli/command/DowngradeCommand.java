package org.jpamigrations.cli.command;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrations downgrade}: undoes applied migrations, latest first. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Undoes applied migrations, latest first: the latest one, or down to --target.")
public final class DowngradeCommand extends DatabaseCommand {

  @Option(names = "--target", paramLabel = "<revision|base>", order = 10,
      description = "The applied revision to go back to, or base to undo every migration; by default only the"
          + " latest migration is undone.")
  String target;

  @Option(names = "--dry-run", order = 11,
      description = "Print the SQL that would run, and change nothing.")
  boolean dryRun;

  @Option(names = "--accept-changed", order = 12,
      description = "Accept applied migrations edited since they ran, recording their new checksum, instead of"
          + " failing.")
  boolean acceptChanged;

  @Mixin
  ExecutionOptions execution = new ExecutionOptions();

  @Override
  String command() {
    return "downgrade";
  }

  @Override
  void addCommandOptions(Map<String, String> request) {
    put(request, "target", target);
    request.put("dryRun", Boolean.toString(dryRun));
    request.put("acceptChanged", Boolean.toString(acceptChanged));
    execution.addTo(request);
  }
}
