package org.jpamigrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the CLI in this JVM, as {@code java -jar} would, and keeps what it printed. */
final class Cli {

  /** What a run printed and how it ended. */
  record Result(int exitCode, String out, String err) {

    /** The lines on stderr. */
    java.util.List<String> errLines() {
      return err.lines().toList();
    }
  }

  /**
   * The test class path: the sample migrations, the runtime, Hibernate and H2, as an application ships
   * them. Surefire passes it as java.class.path.
   */
  static final String APPLICATION = System.getProperty("java.class.path");

  private Cli() {}

  static Result run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = MigrationsCli.execute(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }
}
