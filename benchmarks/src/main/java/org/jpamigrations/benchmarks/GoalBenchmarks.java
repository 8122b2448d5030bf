package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A goal as a developer runs it, a Maven process of its own, on a project that is up to date (its classes built,
 * its database migrated), against {@code mvn validate} of the same project, which is what Maven costs before any
 * goal does work. Two projects: the quickstart example (Hibernate and H2, a file database under target/), and the
 * Spring Boot example on PostgreSQL, whose goals read the application's Spring Boot configuration for the database
 * and resolve a Spring Boot application's dependencies.
 */
final class GoalBenchmarks {

  private static final String QUICKSTART = "examples/quickstart";
  private static final String SPRING_BOOT = "examples/spring-boot";
  private static final String VALIDATE = "mvn validate (Maven's own start)";

  private GoalBenchmarks() {}

  /**
   * @param root the repository, with the Maven Wrapper and the examples; the plugin must be installed, as the
   *     README's first command and the benchmark command do
   * @param postgresql the server of the Spring Boot example's database; its rows are left out without one
   */
  static List<String> run(Path root, Optional<HistoryBenchmarks.Target> postgresql, int warmups, int runs)
      throws Exception {
    Path log = Files.createTempFile("jpa-migrations-goal", ".log");
    List<String> rows = new ArrayList<>();
    Project quickstart = new Project(root, QUICKSTART, Map.of(), log);
    if (quickstart.maven("verify")) {
      // The entities match the migrations: generate reads the mapping, finds nothing to write and writes nothing.
      rows.addAll(quickstart.rows("quickstart, H2 file", warmups, runs, "migrations:upgrade",
          "migrations:status", "migrations:generate -Dmigrations.message=benchmark"));
    } else {
      rows.add("(the quickstart example does not build, so its goal rows are left out: see " + log + ")");
    }
    if (postgresql.isEmpty()) {
      rows.add("(PostgreSQL does not answer at -Dbenchmarks.postgresql: the Spring Boot example's rows are left out)");
      return rows;
    }
    HistoryBenchmarks.Target server = postgresql.get();
    String url = server.fresh();
    try {
      // As in production: the application's configuration takes the database from the environment.
      Project springBoot = new Project(root, SPRING_BOOT, Map.of("DATABASE_URL", url, "DATABASE_USER", server.user(),
          "DATABASE_PASSWORD", server.password()), log);
      if (springBoot.maven("process-classes") && springBoot.maven("-o", "migrations:upgrade")) {
        rows.addAll(springBoot.rows("spring-boot, PostgreSQL", warmups, runs, "migrations:upgrade",
            "migrations:status"));
      } else {
        rows.add("(the Spring Boot example does not build or migrate, so its goal rows are left out: see " + log
            + ")");
      }
    } finally {
      server.drop(url);
    }
    return rows;
  }

  /** An example project, built with the Maven Wrapper in a process of its own, with these environment variables. */
  private record Project(Path root, String directory, Map<String, String> environment, Path log) {

    /** Each goal's row (a goal and its properties) beside {@code mvn validate} of the project, all run offline. */
    List<String> rows(String label, int warmups, int runs, String... goals) throws Exception {
      Measurement validate = Measurement.of(warmups, runs, () -> { }, () -> require(maven("-o", "validate")));
      List<String> rows = new ArrayList<>();
      for (String goal : goals) {
        List<String> arguments = new ArrayList<>(List.of("-o"));
        arguments.addAll(List.of(goal.split(" ")));
        Measurement measured = Measurement.of(warmups, runs, () -> { },
            () -> require(maven(arguments.toArray(String[]::new))));
        rows.add(Benchmarks.row("mvn " + arguments.get(1), label, measured, VALIDATE, validate));
      }
      return rows;
    }

    private void require(boolean succeeded) {
      if (!succeeded) {
        throw new IllegalStateException("A Maven run of " + directory + " failed: see " + log);
      }
    }

    boolean maven(String... arguments) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q", "-f", directory));
      command.addAll(List.of(arguments));
      ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      return builder.start().waitFor() == 0;
    }
  }
}
