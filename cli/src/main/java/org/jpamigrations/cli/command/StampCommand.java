package org.jpamigrations.cli.command;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrations stamp}: records migrations as applied without running them. */
@Command(name = "stamp", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Records a revision, and every one it follows, as applied without running them: adopts a"
        + " database whose schema already exists.")
public final class StampCommand extends DatabaseCommand {

  @Option(names = "--target", paramLabel = "<revision|head>", order = 10,
      description = "The revision the schema matches; head by default.")
  String target;

  @Option(names = "--force", order = 11, description = "Stamp even a database that has no tables.")
  boolean force;

  @Override
  String command() {
    return "stamp";
  }

  @Override
  void addCommandOptions(Map<String, String> request) {
    put(request, "target", target);
    request.put("force", Boolean.toString(force));
  }
}
