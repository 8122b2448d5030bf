package org.jpamigrations.cli.command;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrations upgrade}: applies the pending migrations. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Applies the pending migrations, up to the head or --target, each in its own transaction"
        + " where the database allows, recording each in the history table.")
public final class UpgradeCommand extends DatabaseCommand {

  @Option(names = "--target", paramLabel = "<revision|head>", order = 10,
      description = "The revision to stop at; head (every migration) by default.")
  String target;

  @Option(names = "--dry-run", order = 11,
      description = "Print the SQL that would run, and change nothing.")
  boolean dryRun;

  @Option(names = "--accept-changed", order = 12,
      description = "Accept applied migrations edited since they ran, recording their new checksum, instead of"
          + " failing.")
  boolean acceptChanged;

  @Option(names = "--contract", order = 13,
      description = "Also run contract migrations (@Revision(contract = true)) that an upgrade to the head holds"
          + " back; once no instance of the application version before them runs.")
  boolean contract;

  @Mixin
  ExecutionOptions execution = new ExecutionOptions();

  @Override
  String command() {
    return "upgrade";
  }

  @Override
  void addCommandOptions(Map<String, String> request) {
    put(request, "target", target);
    request.put("dryRun", Boolean.toString(dryRun));
    request.put("acceptChanged", Boolean.toString(acceptChanged));
    request.put("contract", Boolean.toString(contract));
    execution.addTo(request);
  }
}
