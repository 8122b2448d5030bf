package org.jpamigrations.cli.command;

import picocli.CommandLine.Command;

/** {@code migrations repair}: clears the history rows of migrations that failed half-way. */
@Command(name = "repair", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Clears the history rows of migrations that failed half-way, once the database was fixed by"
        + " hand: the next upgrade applies them again.")
public final class RepairCommand extends DatabaseCommand {

  @Override
  String command() {
    return "repair";
  }
}
