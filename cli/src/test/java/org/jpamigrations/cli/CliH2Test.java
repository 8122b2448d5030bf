package org.jpamigrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end on an H2 file, with this module's test class path as the application. */
class CliH2Test {

  private static final String PACKAGE = "org.jpamigrations.cli.sample.migrations";

  @TempDir
  Path directory;

  private String url;

  @BeforeEach
  void database() {
    url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
  }

  private Cli.Result cli(String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command, "--url", url, "--user", "sa", "--package", PACKAGE,
        "--classpath", Cli.APPLICATION));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void upgradesReportsAndDowngradesToBase() {
    Cli.Result upgrade = cli("upgrade");
    assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
    assertThat(upgrade.out()).contains("Applied  20260101000000", "Applied  20260102000000",
        "to revision 20260102000000");
    assertThat(upgrade.err()).isEmpty();

    Cli.Result status = cli("status", "--json", "--fail-on-pending");
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out().strip()).startsWith("{").endsWith("}")
        .contains("\"current\":[\"20260102000000\"]", "\"upToDate\":true", "\"pending\":[]",
            "\"revision\":\"20260101000000\",\"message\":\"create person\"", "\"status\":\"APPLIED\"");

    assertThat(cli("validate").exitCode()).isZero();

    Cli.Result downgrade = cli("downgrade", "--target", "base");
    assertThat(downgrade.exitCode()).as(downgrade.err()).isZero();
    assertThat(downgrade.out()).contains("Reverted 20260102000000", "Reverted 20260101000000",
        "to base (no migration applied)");
  }

  @Test
  void pendingMigrationsFailTheGatesWithThree() {
    cli("upgrade", "--target", "20260101000000");

    Cli.Result status = cli("status");
    assertThat(status.exitCode()).isZero();
    assertThat(status.out()).contains("is at 20260101000000", "Applied (1):", "Pending (1):",
        "20260102000000  add email  (M20260102000000_AddEmail)");

    Cli.Result gate = cli("status", "--fail-on-pending");
    assertThat(gate.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
    assertThat(gate.errLines()).containsExactly(
        "Error: 1 migration pending (--fail-on-pending): run migrations upgrade.");

    Cli.Result validate = cli("validate");
    assertThat(validate.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
    assertThat(validate.err()).contains("PENDING: migration 20260102000000");
  }

  @Test
  void anEditedMigrationIsAProblemThatFailsTheGate() throws Exception {
    cli("upgrade");
    // as if the migration had been edited since it ran: its recorded checksum no longer matches
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("update jpa_migrations_history set checksum = 'v2:0' where revision = '20260101000000'");
    }

    Cli.Result status = cli("status");
    assertThat(status.exitCode()).isZero();
    assertThat(status.out()).contains("Problems (1):", "EDITED: migration 20260101000000");

    Cli.Result gate = cli("status", "--fail-on-problems");
    assertThat(gate.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
    assertThat(gate.errLines()).singleElement().asString()
        .startsWith("Error: 1 problem (--fail-on-problems): EDITED: migration 20260101000000");
    assertThat(cli("validate").exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);

    Cli.Result json = cli("status", "--json");
    assertThat(json.out()).contains("\"upToDate\":false", "\"problems\":[\"EDITED: migration 20260101000000");
  }

  @Test
  void dryRunPrintsTheSqlAndChangesNothing() {
    Cli.Result dryRun = cli("upgrade", "--dry-run");
    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(dryRun.out()).containsIgnoringCase("create table").contains("Dry run:", "Nothing was changed.");
    assertThat(cli("status", "--json").out()).contains("\"current\":[]");
  }

  @Test
  void aDdlLockTimeoutIsSetBeforeEachMigration() {
    Cli.Result dryRun = cli("upgrade", "--dry-run", "--ddl-lock-timeout", "1500ms", "--ddl-retries", "2");
    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(dryRun.out()).contains("-- lock timeout 1500ms: the run retries up to 2 times after a timeout",
        "set lock_timeout 1500");
    Cli.Result upgrade = cli("upgrade", "--ddl-lock-timeout", "2s");
    assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
  }

  @Test
  void verbosePrintsTheStatements() {
    Cli.Result upgrade = cli("upgrade", "--verbose");
    assertThat(upgrade.out()).containsIgnoringCase("create table").containsIgnoringCase("alter table");
    assertThat(cli("upgrade").out()).contains("Nothing to upgrade");
  }

  @Test
  void stampsAndRepairs() {
    Cli.Result stamp = cli("stamp", "--target", "20260101000000", "--force");
    assertThat(stamp.exitCode()).as(stamp.err()).isZero();
    assertThat(stamp.out()).contains("Stamped", "recorded 1 migration");
    Cli.Result repair = cli("repair");
    assertThat(repair.exitCode()).isZero();
    assertThat(repair.out()).contains("Nothing to repair");
  }

  @Test
  void anUnknownTargetIsOneLineAndExitOne() {
    Cli.Result result = cli("upgrade", "--target", "20990101000000");
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("Error: ").contains("20990101000000").doesNotContain("\tat ");
  }

  @Test
  void aMisspeltPackageIsNamedWithTheOptionToCheck() {
    Cli.Result result = Cli.run("status", "--url", url, "--package", "org.jpamigrations.cli.sample.migration",
        "--classpath", Cli.APPLICATION);
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.errLines()).singleElement().asString()
        .contains("No migration in package org.jpamigrations.cli.sample.migration", "Check --package");
  }

  @Test
  void aUrlWithoutItsDriverOnTheClassPathNamesTheDriver() {
    Cli.Result result = Cli.run("status", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--package", PACKAGE,
        "--classpath", Cli.APPLICATION);
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.errLines()).singleElement().asString()
        .contains("No JDBC driver for jdbc:postgresql://127.0.0.1:1/none", "org.postgresql:postgresql");
  }

  @Test
  void verboseFailuresCarryTheStackTrace() {
    Cli.Result result = cli("upgrade", "--target", "20990101000000", "-v");
    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err()).contains("\tat org.jpamigrations.");
  }

  @Test
  void optionsComeFromTheEnvironmentAndThePasswordFromTheVariableNamed() {
    Map<String, String> environment = Map.of("MIGRATIONS_URL", url, "MIGRATIONS_USER", "sa",
        "MIGRATIONS_PACKAGE", PACKAGE, "MIGRATIONS_CLASSPATH", Cli.APPLICATION, "DB_SECRET", "");
    Cli.Result upgrade = Cli.run(environment, "upgrade", "--password-env", "DB_SECRET");
    assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
    assertThat(upgrade.out()).contains("Applied  20260101000000");
  }
}
