package org.jpamigrations.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns what went wrong into one line on stderr and an exit code; a stack trace only with --verbose. */
final class Failures {

  private Failures() {}

  /** A wrong command line: picocli's message and where the help is, instead of the whole usage text. */
  static int usage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String suggestion = e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
        ? " Did you mean " + unmatched.getSuggestions().get(0) + "?" : "";
    command.getErr().println("Error: " + e.getMessage() + "." + suggestion + " See '"
        + command.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCode.USAGE;
  }

  /** Anything the launcher did not expect (a fat jar that cannot be extracted): a failure, not a usage error. */
  static int execution(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (verbose(parsed)) {
      e.printStackTrace(command.getErr());
    }
    return ExitCode.FAILURE;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
