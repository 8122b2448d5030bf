package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.runner.Direction;
import org.jpamigrations.runner.MigrationPlan;
import org.jpamigrations.runner.Step;

/**
 * What a user who picked Flyway or Liquibase would run in the same project: their Maven plugins, each on an H2 file
 * database of its own, with the project's own migrations rendered for H2 as a SQL migration (Flyway) or a change
 * set (Liquibase) each. The goals name the plugins in full, so the project's POM needs no change; they take the
 * H2 driver from the project's dependencies, as the project's own goals do.
 */
record PeerGoals(Path directory) {

  static final String FLYWAY_VERSION = System.getProperty("benchmarks.flyway.version", "13.12.2");
  static final String LIQUIBASE_VERSION = System.getProperty("benchmarks.liquibase.version", "4.33.0");
  private static final String CHANGELOG = "changelog.sql";

  /**
   * Renders the migrations of {@code packageName}, compiled under {@code classes}, for H2 into {@code directory},
   * emptied first: the databases of an earlier run would hold what older migrations wrote.
   */
  static PeerGoals write(Path classes, String packageName, Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    Path flyway = Files.createDirectories(directory.resolve("flyway"));
    Path liquibase = Files.createDirectories(directory.resolve("liquibase"));
    SqlDialect h2 = SqlDialects.forName("h2");
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        PeerGoals.class.getClassLoader())) {
      RevisionGraph graph = RevisionGraph.of(MigrationLoader.loadRequired(loader, packageName));
      int version = 0;
      for (MigrationScript script : graph.ordered()) {
        StringBuilder statements = new StringBuilder();
        for (Step step : MigrationPlan.of(graph, h2, script, Direction.UP, script.up())) {
          if (step instanceof Step.Sql sql) {
            statements.append(sql.sql()).append(";\n");
          }
        }
        version++;
        Files.writeString(flyway.resolve("V" + version + "__" + script.revision() + ".sql"), statements);
        changelog.append("\n--changeset benchmark:").append(script.revision()).append('\n').append(statements);
      }
    }
    Files.writeString(liquibase.resolve(CHANGELOG), changelog);
    return new PeerGoals(directory);
  }

  /** {@code mvn flyway:<goal>} on Flyway's database, with the SQL migrations. */
  List<String> flyway(String goal) {
    return List.of("org.flywaydb:flyway-maven-plugin:" + FLYWAY_VERSION + ":" + goal,
        "-Dflyway.url=jdbc:h2:file:" + directory.resolve("flyway-db"), "-Dflyway.user=sa",
        "-Dflyway.locations=filesystem:" + directory.resolve("flyway"));
  }

  /** {@code mvn liquibase:<goal>} on Liquibase's database, with the changelog. */
  List<String> liquibase(String goal) {
    return List.of("org.liquibase:liquibase-maven-plugin:" + LIQUIBASE_VERSION + ":" + goal,
        "-Dliquibase.url=jdbc:h2:file:" + directory.resolve("liquibase-db"), "-Dliquibase.username=sa",
        "-Dliquibase.changeLogFile=" + CHANGELOG, "-Dliquibase.searchPath=" + directory.resolve("liquibase"),
        "-Dliquibase.showSummary=OFF");
  }
}
