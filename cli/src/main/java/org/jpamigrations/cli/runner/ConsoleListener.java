package org.jpamigrations.cli.runner;

import java.io.PrintWriter;
import org.jpamigrations.runner.RunListener;
import org.jpamigrations.runner.StepLine;
import org.jpamigrations.runner.StepResult;

/** Progress on stdout, one line per migration as the Maven goals print it; warnings on stderr. */
final class ConsoleListener implements RunListener {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean statements;

  /** @param statements print each SQL statement: with --verbose, and in a dry run, where they are the result */
  ConsoleListener(PrintWriter out, PrintWriter err, boolean statements) {
    this.out = out;
    this.err = err;
    this.statements = statements;
  }

  @Override
  public void statement(String sql) {
    if (statements) {
      out.println(sql.strip().endsWith(";") ? sql : sql + ";");
    }
  }

  @Override
  public void finished(StepResult step) {
    out.println(StepLine.of(step));
  }

  @Override
  public void warning(String message) {
    err.println("Warning: " + CliWords.of(message)); // the options as this tool spells them
  }

  @Override
  public void info(String message) {
    out.println(message);
  }
}
