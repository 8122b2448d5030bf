package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.runner.StepResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands the goals run, called as plain Java: init, generate, compile, upgrade, generate again, downgrade. */
class CommandLoopTest {

  private static final String ENTITIES = "org/jpamigrations/plugin/extract/fixtures/shop";
  private static final String PACKAGE = "com.example.db.migrations";
  private static final Instant NOW = Instant.parse("2026-11-25T10:15:00Z");

  @TempDir Path project;
  private Path sources;
  private Path classes;
  private final Lines log = new Lines();

  @BeforeEach
  void projectWithEntities() throws Exception {
    sources = Files.createDirectories(project.resolve("src/main/java"));
    classes = Files.createDirectories(project.resolve("target/classes"));
    Path testClasses = Path.of(CommandLoopTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = Files.createDirectories(classes.resolve(ENTITIES));
    try (Stream<Path> files = Files.list(testClasses.resolve(ENTITIES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }

  @Test
  void generateWithoutTheMigrationsPackageSaysToRunInit() {
    assertThatThrownBy(() -> generate(false, "create tables"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("migrations:init");
  }

  @Test
  void initRefusesAnExistingPackageAndPrintsTheMissingDependency() {
    new InitCommand().run(new InitCommand.Request(sources, PACKAGE, false, "1.2.3"), log);
    assertThat(sources.resolve("com/example/db/migrations/package-info.java")).exists();
    assertThat(log.warnings).anyMatch(line -> line.contains("<version>1.2.3</version>"));

    assertThatThrownBy(() -> new InitCommand().run(new InitCommand.Request(sources, PACKAGE, true, "1.2.3"), log))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void theWholeLoopWithoutMaven() throws Exception {
    new InitCommand().run(new InitCommand.Request(sources, PACKAGE, true, "1"), log);

    GeneratedMigration first = generate(false, "create shop tables").orElseThrow();
    assertThat(first.className()).isEqualTo("M20261125101500_CreateShopTables");
    assertThat(Files.readString(first.file())).contains("op.createTable(table(\"customers\")");
    compile(first.file());

    assertThat(generate(false, "again")).isEmpty();
    assertThat(log.infos).anyMatch(line -> line.startsWith("No changes detected"));

    GeneratedMigration empty = generate(true, "backfill").orElseThrow();
    assertThat(Files.readString(empty.file())).contains("parent = \"20261125101500\"");
    compile(empty.file());

    String url = "jdbc:h2:mem:loop" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    MigrateCommand.Request request = new MigrateCommand.Request(
        new Database(url, "sa", ""), null, "jpa_migrations_history", PACKAGE, loader(), null);
    List<StepResult> applied = new MigrateCommand().upgrade(request, log);
    assertThat(applied).extracting(StepResult::revision).containsExactly("20261125101500", "20261125101501");
    assertThat(tables(url)).contains("CUSTOMERS", "PRODUCT", "JPA_MIGRATIONS_HISTORY");

    List<StepResult> reverted = new MigrateCommand().downgrade(
        new MigrateCommand.Request(request.database(), null, request.historyTable(), PACKAGE, loader(), "base"), log);
    assertThat(reverted).extracting(StepResult::revision).containsExactly("20261125101501", "20261125101500");
    assertThat(tables(url)).containsExactly("JPA_MIGRATIONS_HISTORY");
  }

  @Test
  void aPackageThatDoesNotExistOrHoldsNoMigrationIsAnErrorNotANothingToDo() throws Exception {
    String url = "jdbc:h2:mem:nopackage" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (URLClassLoader loader = loader()) {
      MigrateCommand.Request misspelt = new MigrateCommand.Request(
          new Database(url, "sa", ""), null, "jpa_migrations_history", "com.acme.nope", loader, null);
      assertThatThrownBy(() -> new MigrateCommand().upgrade(misspelt, log))
          .isInstanceOf(MigrationException.class)
          .hasMessage("No migration in package com.acme.nope on the class path. Check migrations.package"
              + " (init printed the package it created), or generate the first migration with mvn migrations:generate.");
      assertThatThrownBy(() -> new StatusCommand().run(new StatusCommand.Request(
              new Database(url, "sa", ""), "jpa_migrations_history", "com.acme.nope", loader, classes, Map.of()), log))
          .hasMessageContaining("No migration in package com.acme.nope");
    }

    new InitCommand().run(new InitCommand.Request(sources, PACKAGE, true, "1"), log);
    compile(sources.resolve("com/example/db/migrations/package-info.java"));
    try (URLClassLoader loader = loader()) {
      MigrateCommand.Request empty = new MigrateCommand.Request(
          new Database(url, "sa", ""), null, "jpa_migrations_history", PACKAGE, loader, null);
      assertThatThrownBy(() -> new MigrateCommand().upgrade(empty, log))
          .hasMessageContaining("No migration in package com.example.db.migrations on the class path.");
    }
    assertThat(tables(url)).isEmpty();
  }

  @Test
  void aMappingReadForOneDatabaseGivesAMigrationForItAloneWhichAnotherRefuses() throws Exception {
    new InitCommand().run(new InitCommand.Request(sources, PACKAGE, true, "1"), log);

    GeneratedMigration first = generate(false, "create shop tables", "postgresql").orElseThrow();
    assertThat(Files.readString(first.file())).contains("databases = {\"postgresql\"}");
    assertThat(log.infos).anyMatch(line -> line.contains("read for postgresql alone"));
    compile(first.file());

    String url = "jdbc:h2:mem:elsewhere" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    MigrateCommand.Request request = new MigrateCommand.Request(
        new Database(url, "sa", ""), null, "jpa_migrations_history", PACKAGE, loader(), null);
    assertThatThrownBy(() -> new MigrateCommand().upgrade(request, log))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("runs on postgresql only (@Revision(databases)), and this database is H2. Nothing was run.");
    assertThat(tables(url)).doesNotContain("CUSTOMERS");
  }

  private Optional<GeneratedMigration> generate(boolean empty, String message) throws IOException {
    return generate(empty, message, null);
  }

  private Optional<GeneratedMigration> generate(boolean empty, String message, String dialect) throws IOException {
    try (URLClassLoader loader = loader()) {
      GenerateCommand.Request request = new GenerateCommand.Request(classes, sources, PACKAGE, loader,
          SqlDialects.hibernateSettings(null, dialect), message, empty, NOW);
      return new GenerateCommand().run(request, log);
    }
  }

  private URLClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, CommandLoopTest.class.getClassLoader());
  }

  private void compile(Path source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), source.toString());
    assertThat(status).as("javac " + source).isZero();
  }

  private static List<String> tables(String url) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  /** Collects what the commands report. */
  static final class Lines implements Reporter {
    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void info(String line) {
      infos.add(line);
    }

    @Override
    public void warn(String line) {
      warnings.add(line);
    }

    @Override
    public void debug(String line) {}
  }
}
