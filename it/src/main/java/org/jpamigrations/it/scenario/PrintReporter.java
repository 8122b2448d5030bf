package org.jpamigrations.it.scenario;

import org.jpamigrations.plugin.command.Reporter;

/** Prints what the commands report, prefixed with the scenario's name, so that a build log reads well. */
final class PrintReporter implements Reporter {

  private final String prefix;

  PrintReporter(String scenario) {
    this.prefix = "[" + scenario + "] ";
  }

  @Override
  public void info(String line) {
    System.out.println(prefix + line);
  }

  @Override
  public void warn(String line) {
    System.out.println(prefix + "WARNING " + line);
  }

  @Override
  public void debug(String line) {}
}
