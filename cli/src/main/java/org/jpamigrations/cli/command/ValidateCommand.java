package org.jpamigrations.cli.command;

import picocli.CommandLine.Command;

/** {@code migrations validate}: fails unless the database is up to date. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Exits with 3 unless every migration is applied and none failed, was edited or is missing:"
        + " for an application that must not start on a database that is behind.")
public final class ValidateCommand extends DatabaseCommand {

  @Override
  String command() {
    return "validate";
  }
}
