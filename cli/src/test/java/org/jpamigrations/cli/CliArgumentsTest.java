package org.jpamigrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: help, usage errors as one line with exit code 2, and where options come from. */
class CliArgumentsTest {

  private static final String PACKAGE = "org.jpamigrations.cli.sample.migrations";

  @TempDir
  Path directory;

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("upgrade", "downgrade", "status", "validate", "stamp", "repair", "sql",
        "Exit codes:");
  }

  @Test
  void everyCommandHasItsHelp() {
    for (String command : new String[] {"upgrade", "downgrade", "status", "validate", "stamp", "repair"}) {
      Cli.Result help = Cli.run(command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: migrations " + command, "--url", "--classpath",
          "--password-env", "Exit codes:");
    }
    assertThat(Cli.run("upgrade", "--help").out()).contains("--target", "--dry-run", "--accept-changed");
    assertThat(Cli.run("downgrade", "--help").out()).contains("--target", "--dry-run");
    assertThat(Cli.run("status", "--help").out()).contains("--json", "--fail-on-pending");
    assertThat(Cli.run("stamp", "--help").out()).contains("--target", "--force");
    Cli.Result sql = Cli.run("sql", "--help");
    assertThat(sql.exitCode()).isZero();
    assertThat(sql.out()).contains("--dialect", "--direction", "--from", "--target", "--output", "--classpath")
        .doesNotContain("--password-env");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result result = Cli.run();
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.errLines()).singleElement().asString().startsWith("Error: Missing command");
  }

  @Test
  void anUnknownOptionIsOneLine() {
    Cli.Result result = Cli.run("upgrade", "--targte", "head");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.errLines()).singleElement().asString()
        .contains("Unknown options: '--targte', 'head'", "Did you mean --target?", "See 'migrations upgrade --help'");
  }

  @Test
  void optionsACommandDoesNotTakeAreRefused() {
    assertThat(Cli.run("status", "--dry-run").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("upgrade", "--force").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void missingOptionsAreNamedWithTheirVariable() {
    Cli.Result noUrl = Cli.run("upgrade", "--package", PACKAGE, "--classpath", Cli.APPLICATION);
    assertThat(noUrl.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noUrl.errLines()).singleElement().asString().contains("Missing --url", "MIGRATIONS_URL");

    Cli.Result noPackage = Cli.run("upgrade", "--url", "jdbc:h2:mem:x", "--classpath", Cli.APPLICATION);
    assertThat(noPackage.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noPackage.errLines()).singleElement().asString().contains("Missing --package", "MIGRATIONS_PACKAGE");

    Cli.Result noClassPath = Cli.run("upgrade", "--url", "jdbc:h2:mem:x", "--package", PACKAGE);
    assertThat(noClassPath.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noClassPath.errLines()).singleElement().asString().contains("Missing --classpath");
  }

  @Test
  void aPasswordVariableThatIsNotSetIsAUsageError() {
    Cli.Result result = Cli.run(Map.of(), "status", "--url", "jdbc:h2:mem:x", "--package", PACKAGE,
        "--classpath", Cli.APPLICATION, "--password-env", "DB_PASSWORD");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.errLines()).singleElement().asString()
        .contains("The environment variable DB_PASSWORD that --password-env names is not set");
  }

  @Test
  void aLockTimeoutMustBeADuration() {
    Cli.Result result = Cli.run("upgrade", "--lock-timeout", "soon");
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.errLines()).singleElement().asString().contains("'soon' is not a duration");
  }

  @Test
  void theDdlLockTimeoutMustBeADurationAndItsRetriesInRange() {
    assertThat(Cli.run("upgrade", "--help").out()).contains("--ddl-lock-timeout", "--ddl-retries");
    Cli.Result soon = Cli.run("upgrade", "--ddl-lock-timeout", "soon");
    assertThat(soon.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(soon.errLines()).singleElement().asString().contains("'soon' is not a duration");
    Cli.Result negative = Cli.run("downgrade", "--url", "jdbc:h2:mem:x", "--package", PACKAGE, "--classpath",
        Cli.APPLICATION, "--ddl-lock-timeout", "2s", "--ddl-retries", "-1");
    assertThat(negative.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(negative.errLines()).singleElement().asString().contains("--ddl-retries is -1: give 0 to 50");
  }

  @Test
  void aClassPathEntryThatDoesNotExistIsAUsageError() {
    Cli.Result result = Cli.run("status", "--url", "jdbc:h2:mem:x", "--package", PACKAGE,
        "--classpath", directory.resolve("app.jar").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.errLines()).singleElement().asString().contains("app.jar does not exist");
  }

  @Test
  void aClassPathWithoutTheRuntimeSaysWhatToGive() {
    Cli.Result result = Cli.run("status", "--url", "jdbc:h2:mem:x", "--package", PACKAGE,
        "--classpath", directory.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.errLines()).singleElement().asString()
        .contains("holds no migrations runtime", "migrations-annotation-model");
  }
}
