package org.jpamigrations.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the process's exit status means: the same for every command, and listed by {@code --help}. */
public final class ExitCode {

  public static final int OK = 0;
  /** A migration or the database failed; stderr says what and how to fix it. */
  public static final int FAILURE = 1;
  /** The command line is wrong: an unknown or missing option, a classpath without the runtime. */
  public static final int USAGE = 2;
  /** A gate did not pass: {@code status --fail-on-pending} or {@code --fail-on-problems}, {@code validate}. */
  public static final int NOT_UP_TO_DATE = 3;

  private ExitCode() {}

  /** For the usage help, in picocli's "code:description" form. */
  static Map<String, String> described() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(" 0", "Success.");
    codes.put(" 1", "A migration or database failure (the message says what to fix).");
    codes.put(" 2", "Usage error: an unknown or missing option, or a classpath without the migrations runtime.");
    codes.put(" 3", "Not up to date: validate failed, or status --fail-on-pending/--fail-on-problems found some.");
    return codes;
  }
}
