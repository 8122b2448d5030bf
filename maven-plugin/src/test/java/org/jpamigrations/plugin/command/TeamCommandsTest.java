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
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.plugin.codegen.MigrationTemplate;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.plugin.inspect.DatabaseSchemaReader;
import org.jpamigrations.runner.Direction;
import org.jpamigrations.runner.StepResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team goals as plain Java: check, template, branches and merge, history, status, sql, stamp, validate. */
class TeamCommandsTest {

  private static final String ENTITIES = "org/jpamigrations/plugin/extract/fixtures/shop";
  private static final String PACKAGE = "com.example.db.migrations";
  private static final Instant NOW = Instant.parse("2026-11-25T10:15:00Z");
  private static final String FIRST = "20261125101500";

  @TempDir Path project;
  private Path sources;
  private Path classes;
  private final CommandLoopTest.Lines log = new CommandLoopTest.Lines();

  @BeforeEach
  void projectWithEntities() throws Exception {
    sources = Files.createDirectories(project.resolve("src/main/java"));
    classes = Files.createDirectories(project.resolve("target/classes"));
    Path testClasses = Path.of(TeamCommandsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = Files.createDirectories(classes.resolve(ENTITIES));
    try (Stream<Path> files = Files.list(testClasses.resolve(ENTITIES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    new InitCommand().run(new InitCommand.Request(sources, PACKAGE, true, "1"), log);
  }

  @Test
  void checkFailsListingTheChangesUntilAMigrationCapturesThem() throws Exception {
    assertThatThrownBy(this::check)
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("no migration captures")
        .hasMessageContaining("create table customers")
        .hasMessageContaining("migrations:generate");

    compile(generate("create shop tables"));

    check();
    assertThat(log.infos).anyMatch(l -> l.contains("capture every entity change") && l.contains(FIRST));
  }

  @Test
  void generateLaysTheMigrationIntoTheTeamsTemplate() throws Exception {
    Path template = sources.resolve(PACKAGE.replace('.', '/')).resolve(MigrationTemplate.FILE_NAME);
    assertThat(template).hasContent(MigrationTemplate.DEFAULT.strip());
    Files.writeString(template, "// Copyright ACME Corp.\n" + MigrationTemplate.DEFAULT);

    Path file = generate("create shop tables");

    String text = Files.readString(file);
    assertThat(text).startsWith("// Copyright ACME Corp.\npackage com.example.db.migrations;\n");
    assertThat(text).contains("@Revision(", "public final class M20261125101500_CreateShopTables implements Migration",
        "        op.createTable(table(\"customers\")");
    compile(file);
  }

  @Test
  void anUnknownTemplatePlaceholderIsNamed() throws Exception {
    Path template = sources.resolve(PACKAGE.replace('.', '/')).resolve(MigrationTemplate.FILE_NAME);
    Files.writeString(template, "// ${author}\n" + MigrationTemplate.DEFAULT);
    assertThatThrownBy(() -> generate("create shop tables"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("${author}")
        .hasMessageContaining("${className}");
  }

  @Test
  void twoBranchesAreDrawnMergedAndUpgradedInAStableOrder() throws Exception {
    compile(generate("create shop tables"));
    compile(branch("20261125110000", "Left"), branch("20261125110001", "Right"));

    assertThatThrownBy(() -> new CheckCommand().run(checkRequest(), log))
        .hasMessageContaining("Two heads").hasMessageContaining("migrations:merge");
    List<String> before = history(null);
    assertThat(before).containsExactly(
        "* 20261125101500  create shop tables  (M20261125101500_CreateShopTables)",
        "|\\",
        "* | 20261125110000 (head)  left  (M20261125110000_Left)",
        "  * 20261125110001 (head)  right  (M20261125110001_Right)");

    GeneratedMigration merge = merge();
    assertThat(Files.readString(merge.file()))
        .contains("parent = {\"20261125110000\", \"20261125110001\"}")
        .contains("message = \"merge 20261125110000 and 20261125110001\"");
    compile(merge.file());

    String url = memoryUrl();
    List<StepResult> applied = new MigrateCommand().upgrade(migrate(url, null), log);
    assertThat(applied).extracting(StepResult::revision)
        .containsExactly(FIRST, "20261125110000", "20261125110001", "20261125110002");

    List<String> after = history(new Database(url, "sa", ""));
    assertThat(after).containsExactly(
        "* 20261125101500  create shop tables  (M20261125101500_CreateShopTables)",
        "|\\",
        "* | 20261125110000  left  (M20261125110000_Left)",
        "| * 20261125110001  right  (M20261125110001_Right)",
        "|/",
        "* 20261125110002 (head, current, merge of 20261125110000, 20261125110001)"
            + "  merge 20261125110000 and 20261125110001  (M20261125110002_Merge20261125110000And20261125110001)");

    StatusCommand.Status status = status(url);
    assertThat(status.current()).containsExactly("20261125110002");
    assertThat(status.pending()).isEmpty();
    assertThat(status.applied()).hasSize(4);
    // the branches created tables the entities do not map
    assertThat(status.entityChanges()).extracting(op -> op.describe())
        .contains("drop table left_side", "drop table right_side");
  }

  @Test
  void mergeWithASingleHeadSaysThereIsNothingToMerge() throws Exception {
    compile(generate("create shop tables"));
    assertThatThrownBy(this::merge)
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("Nothing to merge")
        .hasMessageContaining("single head, " + FIRST);
  }

  @Test
  void statusShowsAppliedAndPendingMigrationsAndEntityChanges() throws Exception {
    compile(generate("create shop tables"));
    compile(branch("20261125110000", "Left"));
    String url = memoryUrl();
    new MigrateCommand().upgrade(migrate(url, FIRST), log);

    StatusCommand.Status status = status(url);

    assertThat(status.current()).containsExactly(FIRST);
    assertThat(status.applied()).extracting(a -> a.revision()).containsExactly(FIRST);
    assertThat(status.pending()).extracting(s -> s.revision()).containsExactly("20261125110000");
    assertThat(log.infos).anyMatch(l -> l.startsWith("  " + FIRST + "  20") && l.contains("create shop tables"));
    assertThat(log.warnings).anyMatch(l -> l.contains("drop table left_side"));
  }

  @Test
  void statusShowsAFailedMigrationAndAnEditedOneAsProblemsNotAsPending() throws Exception {
    compile(generate("create shop tables"));
    compile(branch("20261125110000", "Left"));
    String url = memoryUrl();
    new MigrateCommand().upgrade(migrate(url, null), log);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement statement = c.createStatement()) {
      statement.execute("update jpa_migrations_history set checksum = '0000' where revision = '" + FIRST + "'");
      statement.execute("update jpa_migrations_history set status = 'FAILED', failed_step = 2"
          + " where revision = '20261125110000'");
    }

    StatusCommand.Status status = status(url);

    assertThat(status.pending()).isEmpty();
    assertThat(status.problems()).hasSize(2);
    assertThat(status.problems().get(0)).startsWith("FAILED: migration 20261125110000")
        .contains("stopped at statement 2").contains("mvn migrations:repair");
    assertThat(status.problems().get(1)).startsWith("EDITED: migration " + FIRST)
        .contains("-Dmigrations.acceptChanged=true");
    assertThat(log.warnings).contains("Problems (2):");
  }

  @Test
  void statusWhereTheMigrationsLiveWithoutTheEntitiesStillSaysWhereTheDatabaseStands() throws Exception {
    compile(generate("create shop tables"));
    String url = memoryUrl();
    new MigrateCommand().upgrade(migrate(url, null), log);
    try (Stream<Path> entities = Files.list(classes.resolve(ENTITIES))) {
      for (Path entity : entities.toList()) {
        Files.delete(entity);
      }
    }

    StatusCommand.Status status = status(url);

    assertThat(status.current()).containsExactly(FIRST);
    assertThat(status.entityChanges()).isEmpty();
    assertThat(log.infos).anyMatch(l -> l.startsWith("Entities: none in "));
  }

  @Test
  void upgradeToARevisionTheDatabaseIsPastFailsAndChangesNothing() throws Exception {
    compile(generate("create shop tables"));
    compile(branch("20261125110000", "Left"));
    String url = memoryUrl();
    new MigrateCommand().upgrade(migrate(url, null), log);

    assertThatThrownBy(() -> new MigrateCommand().upgrade(migrate(url, FIRST), log))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("already past it")
        .hasMessageContaining("downgrade to " + FIRST);
    assertThat(status(url).current()).containsExactly("20261125110000");
  }

  @Test
  void theSqlScriptRunByHandBuildsTheSameSchemaAsUpgrade() throws Exception {
    compile(generate("create shop tables"));
    compile(branch("20261125110000", "Left"));
    String upgraded = memoryUrl();
    new MigrateCommand().upgrade(migrate(upgraded, null), log);

    Path output = project.resolve("target/upgrade.sql");
    String script = sql(Direction.UP, null, null, output);
    assertThat(output).hasContent(script.strip());
    assertThat(script).contains("create table if not exists jpa_migrations_history",
        "insert into jpa_migrations_history", "'" + FIRST + "'", "-- 20261125110000 (M20261125110000_Left, \"left\")");
    String byHand = memoryUrl();
    runScript(byHand, script);

    assertThat(schema(byHand)).isEqualTo(schema(upgraded));
    assertThat(new ValidateCommand().run(validate(byHand), log)).isEmpty();
    assertThat(status(byHand).current()).containsExactly("20261125110000");

    String down = sql(Direction.DOWN, null, "base", null);
    assertThat(down.indexOf("Undo 20261125110000")).isLessThan(down.indexOf("Undo " + FIRST));
    runScript(byHand, down);
    assertThat(schema(byHand).tables()).extracting(t -> t.name()).containsExactly("jpa_migrations_history");
  }

  @Test
  void sqlRefusesARangeThatRunsTheWrongWay() throws Exception {
    compile(generate("create shop tables"));
    compile(branch("20261125110000", "Left"));
    assertThatThrownBy(() -> sql(Direction.UP, "20261125110000", FIRST, null))
        .hasMessageContaining("does not follow 20261125110000");
    assertThatThrownBy(() -> sql(Direction.DOWN, FIRST, "20261125110000", null))
        .hasMessageContaining("is not a revision " + FIRST + " follows");
  }

  @Test
  void stampRefusesAnEmptyDatabaseAndAdoptsOneWithTheSchema() throws Exception {
    compile(generate("create shop tables"));
    compile(branch("20261125110000", "Left"));
    String url = memoryUrl();

    assertThatThrownBy(() -> stamp(url, FIRST, false))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("no tables")
        .hasMessageContaining("migrations.force=true");

    // a database whose tables exist already, made without the migrations
    String script = sql(Direction.UP, null, FIRST, null);
    runScript(url, script);
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("drop table jpa_migrations_history");
    }

    assertThat(stamp(url, FIRST, false)).containsExactly(FIRST);
    List<StepResult> applied = new MigrateCommand().upgrade(migrate(url, null), log);
    assertThat(applied).extracting(StepResult::revision).containsExactly("20261125110000");
    assertThat(new ValidateCommand().run(validate(url), log)).isEmpty();
  }

  @Test
  void validateReportsDriftAndUnknownRevisions() throws Exception {
    compile(generate("create shop tables"));
    String url = memoryUrl();
    new MigrateCommand().upgrade(migrate(url, null), log);
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("alter table customers add column nickname varchar(20)");
      s.execute("alter table product alter column sku set null");
      s.execute("alter table product alter column vendor varchar(100)");
    }

    assertThatThrownBy(() -> new ValidateCommand().run(validate(url), log))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("drift: table customers: column nickname is in the database but no migration adds it")
        .hasMessageContaining("drift: table Product: column sku is nullable in the database, not null in the migrations")
        .hasMessageContaining("drift: table Product: column vendor is character varying(100) in the database,"
            + " varchar(255) in the migrations")
        .hasMessageContaining("(3 problems)");

    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("insert into jpa_migrations_history (revision, applied_at, execution_ms)"
          + " values ('20991231000000', current_timestamp, 0)");
    }
    assertThatThrownBy(() -> new ValidateCommand().run(validate(url), log))
        .hasMessageContaining("20991231000000")
        .hasMessageContaining("ahead of this code");
  }

  @Test
  void validateReportsAFailedMigrationAndComparesNoDriftWhileItIsHalfWay() throws Exception {
    compile(generate("create shop tables"));
    String url = memoryUrl();
    new MigrateCommand().upgrade(migrate(url, null), log);
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("alter table customers add column nickname varchar(20)");
      s.execute("update jpa_migrations_history set status = 'UNDO_FAILED', failed_step = 1");
    }

    assertThatThrownBy(() -> new ValidateCommand().run(validate(url), log))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("(2 problems):\n  UNDO_FAILED: undoing migration " + FIRST)
        .hasMessageContaining("downgrade again.\n  drift not compared: the schema is half-way through the failed"
            + " migration above");
  }

  // ---- helpers ----

  private Path generate(String message) throws IOException {
    try (URLClassLoader loader = loader()) {
      return new GenerateCommand().run(new GenerateCommand.Request(classes, sources, PACKAGE, loader,
          SqlDialects.hibernateSettings(null, null), message, false, NOW), log).orElseThrow().file();
    }
  }

  private void check() throws IOException {
    try (URLClassLoader loader = loader()) {
      new CheckCommand().run(new CheckCommand.Request(classes, PACKAGE, loader,
          SqlDialects.hibernateSettings(null, null)), log);
    }
  }

  private CheckCommand.Request checkRequest() throws IOException {
    return new CheckCommand.Request(classes, PACKAGE, loader(), SqlDialects.hibernateSettings(null, null));
  }

  private GeneratedMigration merge() throws IOException {
    try (URLClassLoader loader = loader()) {
      return new MergeCommand().run(new MergeCommand.Request(sources, PACKAGE, loader, "", NOW), log);
    }
  }

  private List<String> history(Database database) throws IOException {
    try (URLClassLoader loader = loader()) {
      return new HistoryCommand().run(
          new HistoryCommand.Request(PACKAGE, loader, database, "jpa_migrations_history"), log);
    }
  }

  private StatusCommand.Status status(String url) throws IOException {
    try (URLClassLoader loader = loader()) {
      return new StatusCommand().run(new StatusCommand.Request(new Database(url, "sa", ""),
          "jpa_migrations_history", PACKAGE, loader, classes, SqlDialects.hibernateSettings(null, null)), log);
    }
  }

  private String sql(Direction direction, String from, String target, Path output) throws IOException {
    try (URLClassLoader loader = loader()) {
      return new SqlCommand().run(new SqlCommand.Request(PACKAGE, loader, SqlDialects.forName("h2"),
          "jpa_migrations_history", direction, from, target, output), log);
    }
  }

  private List<String> stamp(String url, String target, boolean force) throws IOException {
    try (URLClassLoader loader = loader()) {
      return new StampCommand().run(new StampCommand.Request(new Database(url, "sa", ""), null,
          "jpa_migrations_history", PACKAGE, loader, target, force), log);
    }
  }

  private ValidateCommand.Request validate(String url) throws IOException {
    return new ValidateCommand.Request(new Database(url, "sa", ""), null, "jpa_migrations_history", PACKAGE, loader());
  }

  private MigrateCommand.Request migrate(String url, String target) throws IOException {
    return new MigrateCommand.Request(new Database(url, "sa", ""), null, "jpa_migrations_history", PACKAGE,
        loader(), target);
  }

  private Path branch(String revision, String name) throws IOException {
    String table = name.toLowerCase() + "_side";
    Path file = sources.resolve(PACKAGE.replace('.', '/')).resolve("M" + revision + "_" + name + ".java");
    Files.writeString(file, """
        package com.example.db.migrations;

        import static org.jpamigrations.migration.Dsl.*;

        import org.jpamigrations.migration.Migration;
        import org.jpamigrations.migration.Operations;
        import org.jpamigrations.migration.Revision;

        @Revision(id = "%s", parent = "%s", message = "%s")
        public final class M%s_%s implements Migration {
          @Override
          public void up(Operations op) {
            op.createTable(table("%s").column(column("id", integer()).notNull()).withPrimaryKey("id"));
          }

          @Override
          public void down(Operations op) {
            op.dropTable("%s");
          }
        }
        """.formatted(revision, FIRST, name.toLowerCase(), revision, name, table, table));
    return file;
  }

  private static String memoryUrl() {
    return "jdbc:h2:mem:team" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
  }

  private static void runScript(String url, String script) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      for (String statement : script.split(";\n")) {
        String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
        if (!sql.isEmpty()) {
          s.execute(sql);
        }
      }
    }
  }

  private static Schema schema(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      return new DatabaseSchemaReader().read(c, name -> false);
    }
  }

  private URLClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, TeamCommandsTest.class.getClassLoader());
  }

  private void compile(Path... files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String[] args = Stream.concat(Stream.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path") + java.io.File.pathSeparator + classes),
        Stream.of(files).map(Path::toString)).toArray(String[]::new);
    assertThat(javac.run(null, null, null, args)).as("javac").isZero();
  }
}
