package org.jpamigrations.benchmarks;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.timestamp;
import static org.jpamigrations.migration.Dsl.varchar;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.plugin.command.SquashCommand;

/**
 * A history of N migrations, each creating one table, written three ways over the same DDL: compiled
 * jpa-migrations classes, Flyway SQL migrations ({@code V1__t_1.sql}), and a Liquibase formatted-SQL changelog
 * with a change set per migration. The SQL is what jpa-migrations renders for the database at hand, so every
 * tool runs the very same statements.
 */
record HistoryFixture(int count, Path classes, String packageName, Path flywayDirectory, Path liquibaseDirectory,
    List<List<String>> statements) {

  static final String LIQUIBASE_CHANGELOG = "changelog.sql";

  /** Writes and compiles the history for {@code dialect} under {@code directory}. */
  static HistoryFixture create(int count, SqlDialect dialect, Path directory) throws IOException {
    String packageName = "bench.history" + count;
    Path sources = Files.createDirectories(directory.resolve("src/" + packageName.replace('.', '/')));
    Path flyway = Files.createDirectories(directory.resolve("flyway-" + dialect.name()));
    Path liquibase = Files.createDirectories(directory.resolve("liquibase-" + dialect.name()));
    List<String> files = new ArrayList<>();
    List<List<String>> statements = new ArrayList<>();
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
    Schema schema = Schema.EMPTY;
    for (int i = 1; i <= count; i++) {
      CreateTable create = new CreateTable(tableOf(i));
      List<String> sql = dialect.render(create, schema);
      schema = create.apply(schema);
      statements.add(sql);
      Path source = sources.resolve(className(i) + ".java");
      Files.writeString(source, source(packageName, i));
      files.add(source.toString());
      Files.writeString(flyway.resolve("V" + i + "__t_" + i + ".sql"), String.join(";\n", sql) + ";\n");
      changelog.append("\n--changeset bench:").append(i).append('\n').append(String.join(";\n", sql)).append(";\n");
    }
    Files.writeString(liquibase.resolve(LIQUIBASE_CHANGELOG), changelog);
    Path classes = Files.createDirectories(directory.resolve("classes"));
    GeneratedModel.compile(classes, files);
    return new HistoryFixture(count, classes, packageName, flyway, liquibase, statements);
  }

  /**
   * The same history with a squash of all its migrations beside them, written by {@code migrations:squash} and
   * compiled into a copy of the classes: a fresh database then runs the squash alone.
   */
  HistoryFixture squashed(Path directory) throws IOException {
    Path copy = Files.createDirectories(directory.resolve("classes"));
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(classes.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Path sources = Files.createDirectories(directory.resolve("src"));
    GeneratedMigration squash;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        HistoryFixture.class.getClassLoader())) {
      squash = new SquashCommand().run(new SquashCommand.Request(sources, packageName, loader, null, null, null,
          Instant.parse("2027-01-01T00:00:00Z")), Benchmarks.Silent.REPORTER);
    }
    GeneratedModel.compile(copy, List.of(squash.file().toString()));
    return new HistoryFixture(count, copy, packageName, flywayDirectory, liquibaseDirectory, statements);
  }

  /** The table migration {@code i} creates: a key and two typical columns. */
  static Table tableOf(int i) {
    return table("t_" + i)
        .column(column("id", bigint()).notNull())
        .column(column("name", varchar(100)))
        .column(column("created", timestamp(6)))
        .withPrimaryKey("id");
  }

  static String revision(int i) {
    return String.format("2026%010d", i);
  }

  private static String className(int i) {
    return "M" + revision(i) + "_T" + i;
  }

  private static String source(String packageName, int i) {
    String parent = i == 1 ? "" : ", parent = \"" + revision(i - 1) + "\"";
    return """
        package %s;

        import static org.jpamigrations.migration.Dsl.*;

        import org.jpamigrations.migration.Migration;
        import org.jpamigrations.migration.Operations;
        import org.jpamigrations.migration.Revision;

        @Revision(id = "%s"%s, message = "t %d")
        public final class %s implements Migration {
          @Override
          public void up(Operations op) {
            op.createTable(table("t_%d")
                .column(column("id", bigint()).notNull())
                .column(column("name", varchar(100)))
                .column(column("created", timestamp(6)))
                .withPrimaryKey("id"));
          }

          @Override
          public void down(Operations op) {
            op.dropTable("t_%d");
          }
        }
        """.formatted(packageName, revision(i), parent, i, className(i), i, i);
  }
}
