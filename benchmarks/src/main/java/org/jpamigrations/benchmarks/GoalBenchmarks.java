package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpamigrations.plugin.project.PluginStatus;

/**
 * A goal as a developer runs it, a Maven process of its own, on a project that is up to date (its classes built,
 * its database migrated), against {@code mvn validate} of the same project, which is what Maven costs before any
 * goal does work, and against the goals of Flyway's and Liquibase's Maven plugins doing the same work on the same
 * project. Two projects: the quickstart example (Hibernate and H2, a file database under target/), and the Spring
 * Boot example on PostgreSQL, whose goals read the application's Spring Boot configuration for the database and
 * resolve a Spring Boot application's dependencies. The goals of a project run side by side, one run of each per
 * round. The goals that read the mapping take the one kept from their last read, as they do when run again on the
 * same classes; one more {@code status} row deletes it first, as a change of the classes would.
 */
final class GoalBenchmarks {

  private static final String QUICKSTART = "examples/quickstart";
  private static final String QUICKSTART_MIGRATIONS = "com.example.db.migrations";
  private static final String SPRING_BOOT = "examples/spring-boot";
  private static final String VALIDATE_NAME = "mvn validate (Maven's own start)";
  private static final List<String> VALIDATE = List.of("validate");
  private static final List<String> UPGRADE = List.of("migrations:upgrade");
  private static final List<String> STATUS = List.of("migrations:status");
  /** Marks a goal run after the kept mapping is deleted, as the first read after the classes changed is. */
  private static final String READ_ANEW = "read the mapping anew";
  /** Where a goal keeps the mapping it read (see docs/how-generate-works.md). */
  private static final Path KEPT_MAPPING = Path.of("target").resolve(PluginStatus.KEPT_MAPPING);
  // The entities match the migrations: generate reads the mapping, finds nothing to write and writes nothing.
  private static final List<String> GENERATE = List.of("migrations:generate", "-Dmigrations.message=benchmark");

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
    if (quickstart.maven(List.of("verify"))) {
      rows.addAll(quickstart(quickstart, warmups, runs));
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
      if (springBoot.maven(List.of("process-classes")) && springBoot.maven(UPGRADE)) {
        String label = "spring-boot, PostgreSQL";
        List<Measurement> measured = springBoot.measure(warmups, runs, List.of(VALIDATE, UPGRADE, STATUS));
        rows.add(Benchmarks.row("mvn migrations:upgrade", label, measured.get(1), VALIDATE_NAME, measured.get(0)));
        rows.add(Benchmarks.row("mvn migrations:status", label, measured.get(2), VALIDATE_NAME, measured.get(0)));
      } else {
        rows.add("(the Spring Boot example does not build or migrate, so its goal rows are left out: see " + log
            + ")");
      }
    } finally {
      server.drop(url);
    }
    return rows;
  }

  /**
   * The quickstart's goals beside {@code mvn validate}, and {@code upgrade} and {@code status} beside Flyway's and
   * Liquibase's goals that do the same on their own database: migrate with nothing to do, which reads the history
   * and checks the checksums, and report what is applied.
   */
  private static List<String> quickstart(Project quickstart, int warmups, int runs) throws Exception {
    String label = "quickstart, H2 file";
    Path target = quickstart.path().resolve("target");
    PeerGoals peers = PeerGoals.write(target.resolve("classes"), QUICKSTART_MIGRATIONS,
        target.resolve("benchmark-peers"));
    // Online, so that Maven fetches the plugins the first time; the migrations are applied once, before timing.
    boolean withPeers = quickstart.maven(peers.flyway("migrate")) && quickstart.maven(peers.liquibase("update"));
    List<String> statusAnew = new ArrayList<>(STATUS);
    statusAnew.add(READ_ANEW);
    List<List<String>> goals = new ArrayList<>(List.of(VALIDATE, UPGRADE, STATUS, GENERATE, statusAnew));
    if (withPeers) {
      goals.addAll(List.of(peers.flyway("migrate"), peers.liquibase("update"), peers.flyway("info"),
          peers.liquibase("status")));
    }
    List<Measurement> measured = quickstart.measure(warmups, runs, goals);
    List<String> rows = new ArrayList<>();
    rows.add(Benchmarks.row("mvn migrations:upgrade", label, measured.get(1), VALIDATE_NAME, measured.get(0)));
    if (withPeers) {
      rows.add(Benchmarks.row("", "", measured.get(1), "mvn flyway:migrate, nothing to do", measured.get(5)));
      rows.add(Benchmarks.row("", "", measured.get(1), "mvn liquibase:update, nothing to do", measured.get(6)));
    }
    rows.add(Benchmarks.row("mvn migrations:status", label, measured.get(2), VALIDATE_NAME, measured.get(0)));
    if (withPeers) {
      rows.add(Benchmarks.row("", "", measured.get(2), "mvn flyway:info", measured.get(7)));
      rows.add(Benchmarks.row("", "", measured.get(2), "mvn liquibase:status", measured.get(8)));
    }
    // The first status after the classes change reads the mapping with Hibernate; the others take the kept one.
    rows.add(Benchmarks.row("mvn migrations:status", "quickstart, classes changed", measured.get(4), VALIDATE_NAME,
        measured.get(0)));
    if (withPeers) {
      rows.add(Benchmarks.row("", "", measured.get(4), "mvn flyway:info", measured.get(7)));
    }
    rows.add(Benchmarks.row("mvn migrations:generate", label, measured.get(3), VALIDATE_NAME, measured.get(0)));
    if (!withPeers) {
      rows.add("(Flyway's or Liquibase's Maven plugin did not run on the quickstart, so their goals are left out:"
          + " see " + quickstart.log() + ")");
    }
    return rows;
  }

  /** An example project, built with the Maven Wrapper in a process of its own, with these environment variables. */
  private record Project(Path root, String directory, Map<String, String> environment, Path log) {

    Path path() {
      return root.resolve(directory);
    }

    /** Times each goal (a goal and its properties), all offline, side by side. */
    List<Measurement> measure(int warmups, int runs, List<List<String>> goals) throws Exception {
      List<Measurement.Task> tasks = new ArrayList<>();
      for (List<String> goal : goals) {
        List<String> arguments = new ArrayList<>(List.of("-o"));
        arguments.addAll(goal);
        boolean anew = arguments.remove(READ_ANEW);
        tasks.add(() -> {
          if (anew) {
            Files.deleteIfExists(path().resolve(KEPT_MAPPING));
          }
          require(maven(arguments), arguments);
        });
      }
      return Measurement.interleaved(warmups, runs, () -> { }, () -> { }, tasks);
    }

    private void require(boolean succeeded, List<String> arguments) {
      if (!succeeded) {
        throw new IllegalStateException("mvn " + String.join(" ", arguments) + " failed in " + directory + ": see "
            + log);
      }
    }

    boolean maven(List<String> arguments) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q", "-f", directory));
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      return builder.start().waitFor() == 0;
    }
  }
}
