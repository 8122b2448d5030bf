package org.jpamigrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sql}: the script of the sample migrations, written without a database. */
class CliSqlTest {

  private static final String PACKAGE = "org.jpamigrations.cli.sample.migrations";

  @TempDir
  Path directory;

  @Test
  void printsTheUpgradeScriptForTheDialectGiven() {
    Cli.Result sql = Cli.run("sql", "--dialect", "postgresql", "--package", PACKAGE, "--classpath", Cli.APPLICATION);
    assertThat(sql.exitCode()).as(sql.err()).isZero();
    assertThat(sql.out()).startsWith("-- Upgrade for").containsIgnoringCase("create table")
        .containsIgnoringCase("insert into").contains("20260101000000", "20260102000000");
    assertThat(sql.err()).isEmpty();
  }

  @Test
  void takesTheDatabaseFromAUrlWithoutConnecting() {
    Cli.Result sql = Cli.run("sql", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--direction", "down",
        "--from", "head", "--target", "base", "--package", PACKAGE, "--classpath", Cli.APPLICATION);
    assertThat(sql.exitCode()).as(sql.err()).isZero();
    assertThat(sql.out()).startsWith("-- Downgrade for").containsIgnoringCase("drop table")
        .containsIgnoringCase("delete from");
  }

  @Test
  void writesTheScriptToAFile() throws Exception {
    Path file = directory.resolve("scripts/upgrade.sql");
    Cli.Result sql = Cli.run("sql", "--dialect", "h2", "--target", "20260101000000", "--output", file.toString(),
        "--package", PACKAGE, "--classpath", Cli.APPLICATION);
    assertThat(sql.exitCode()).as(sql.err()).isZero();
    assertThat(sql.out().strip()).isEqualTo("Wrote the script to " + file);
    assertThat(Files.readString(file)).contains("20260101000000").doesNotContain("20260102000000");
  }

  @Test
  void needsADialectOrAUrl() {
    Cli.Result sql = Cli.run("sql", "--package", PACKAGE, "--classpath", Cli.APPLICATION);
    assertThat(sql.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(sql.errLines()).singleElement().asString().contains("Missing --dialect");
  }

  @Test
  void anUnknownRevisionIsOneLine() {
    Cli.Result sql = Cli.run("sql", "--dialect", "h2", "--from", "20990101000000", "--package", PACKAGE,
        "--classpath", Cli.APPLICATION);
    assertThat(sql.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(sql.errLines()).singleElement().asString().startsWith("Error: ").contains("20990101000000");
  }
}
