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
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.runner.StepResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Squashes of migrations whose order matters to the data (a rename, SQL), which are copied as they
 * are, and ranges a squash refuses. The schema-only case runs end to end in the {@code squash} IT.
 */
class SquashCommandTest {

  private static final String PACKAGE = "com.example.db.migrations";
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  /** Revision ids are timestamps: migration n has this prefix and n. */
  private static final String DAY = "2026010100000";

  @TempDir Path project;
  private Path sources;
  private Path classes;
  private final CommandLoopTest.Lines log = new CommandLoopTest.Lines();

  @BeforeEach
  void migrations() throws IOException {
    sources = Files.createDirectories(project.resolve("src/main/java").resolve(PACKAGE.replace('.', '/')));
    classes = Files.createDirectories(project.resolve("target/classes"));
    compile(
        migration("1", new String[0], "op.createTable(table(\"t\").column(column(\"id\", bigint()).notNull())"
            + ".column(column(\"a\", varchar(10))).withPrimaryKey(\"id\"));", "op.dropTable(\"t\");"),
        migration("2", "1", "op.renameColumn(\"t\", \"a\", \"b\");", "op.renameColumn(\"t\", \"b\", \"a\");"),
        migration("3", "2", "op.sql(\"insert into t (id, b) values (1, 'kept')\");",
            "op.sql(\"delete from t where id = 1\");"),
        migration("4", "3", "op.addColumn(\"t\", column(\"c\", integer()));", "op.dropColumn(\"t\", \"c\");"));
  }

  @Test
  void migrationsWhoseOrderMattersAreCopiedWithTheirOwnDownInReverse() throws Exception {
    GeneratedMigration squash = squash("1", "3");

    String text = Files.readString(squash.file());
    assertThat(text).contains("replaces = {\"" + DAY + "1\", \"" + DAY + "2\", \"" + DAY + "3\"}");
    assertThat(text.indexOf("op.createTable")).isLessThan(text.indexOf("op.renameColumn(\"t\", \"a\", \"b\")"));
    assertThat(text.indexOf("op.renameColumn(\"t\", \"a\", \"b\")")).isLessThan(text.indexOf("op.sql(\"insert"));
    assertThat(text.indexOf("op.sql(\"delete")).isLessThan(text.indexOf("op.renameColumn(\"t\", \"b\", \"a\")"));
    assertThat(log.infos).anyMatch(l -> l.contains("with 3 operations instead of 3 (copied as they are"));
    compile(squash.file());

    String url = "jdbc:h2:mem:squash" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    List<StepResult> applied = new MigrateCommand().upgrade(migrate(url), log);
    assertThat(applied).extracting(StepResult::revision).containsExactly(revision(squash), DAY + "4");
    assertThat(query(url, "select b from t where id = 1")).isEqualTo("kept");

    new MigrateCommand().downgrade(migrate(url, "base"), log);
    assertThat(query(url, "select count(*) from jpa_migrations_history where revision <> '(lock)'")).isEqualTo("0");
  }

  @Test
  void theSquashWaitsForLocksAsTheMostPatientMigrationItReplaces() throws Exception {
    String[][] timeouts = {{"2", "@LockTimeout(\"3s\")"}, {"3", "@LockTimeout(value = \"500ms\", retries = 8)"}};
    for (String[] timeout : timeouts) {
      Path file = sources.resolve("M" + DAY + timeout[0] + ".java");
      Files.writeString(file, Files.readString(file)
          .replace("import org.jpamigrations.migration.Migration;",
              "import org.jpamigrations.migration.LockTimeout;\nimport org.jpamigrations.migration.Migration;")
          .replace("@Revision(", timeout[1] + "\n@Revision("));
      compile(file);
    }

    String text = Files.readString(squash("1", "3").file());

    assertThat(text).contains("@LockTimeout(", "value = \"3s\"", "retries = 8");
  }

  @Test
  void aRangeThatIsNotOneStraightLineIsRefused() throws Exception {
    compile(migration("5", "2", "op.addColumn(\"t\", column(\"d\", integer()));", "op.dropColumn(\"t\", \"d\");"),
        migration("6", new String[] {"4", "5"}, "", ""));

    assertThatThrownBy(() -> squash("1", "3")).isInstanceOf(MigrationException.class)
        .hasMessageContaining("a branch leaves it at " + DAY + "2").hasMessageContaining("End the range at " + DAY + "2");
    assertThatThrownBy(() -> squash("3", "6")).isInstanceOf(MigrationException.class)
        .hasMessageContaining("merges branches inside the range");
  }

  @Test
  void aRangeOfOneIsRefused() {
    assertThatThrownBy(() -> squash("2", "2")).isInstanceOf(MigrationException.class)
        .hasMessageContaining("is one migration");
  }

  private GeneratedMigration squash(String from, String to) throws IOException {
    try (URLClassLoader loader = loader()) {
      return new SquashCommand().run(new SquashCommand.Request(project.resolve("src/main/java"), PACKAGE, loader,
          DAY + from, DAY + to, "", NOW), log);
    }
  }

  private static String revision(GeneratedMigration migration) {
    return migration.className().substring(1, 15);
  }

  private MigrateCommand.Request migrate(String url) throws IOException {
    return migrate(url, null);
  }

  private MigrateCommand.Request migrate(String url, String target) throws IOException {
    return new MigrateCommand.Request(new Database(url, "sa", ""), null, "jpa_migrations_history", PACKAGE,
        loader(), target);
  }

  private static String query(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private Path migration(String id, String parent, String up, String down) throws IOException {
    return migration(id, new String[] {parent}, up, down);
  }

  private Path migration(String id, String[] parents, String up, String down) throws IOException {
    String parent = parents.length == 0 ? ""
        : ", parent = {" + String.join(", ", Stream.of(parents).map(p -> "\"" + DAY + p + "\"").toList()) + "}";
    Path file = sources.resolve("M" + DAY + id + ".java");
    Files.writeString(file, """
        package com.example.db.migrations;

        import static org.jpamigrations.migration.Dsl.*;

        import org.jpamigrations.migration.Migration;
        import org.jpamigrations.migration.Operations;
        import org.jpamigrations.migration.Revision;

        @Revision(id = "%s%s"%s, message = "step %s")
        public final class M%s%s implements Migration {
          @Override
          public void up(Operations op) {
            %s
          }

          @Override
          public void down(Operations op) {
            %s
          }
        }
        """.formatted(DAY, id, parent, id, DAY, id, up, down));
    return file;
  }

  private URLClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, SquashCommandTest.class.getClassLoader());
  }

  private void compile(Path... files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String[] args = Stream.concat(Stream.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path") + java.io.File.pathSeparator + classes),
        Stream.of(files).map(Path::toString)).toArray(String[]::new);
    assertThat(javac.run(null, null, null, args)).as("javac").isZero();
  }
}
