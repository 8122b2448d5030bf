package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal as a developer runs it, a Maven process of its own, on a project that is up to date: the quickstart
 * example, its classes built and its database migrated, against {@code mvn validate} of the same project, which
 * is what Maven costs before any goal does work.
 */
final class GoalBenchmarks {

  private static final String EXAMPLE = "examples/quickstart";

  private GoalBenchmarks() {}

  /**
   * @param root the repository, with the Maven Wrapper and the example; the plugin must be installed, as the
   *     README's first command and the benchmark command do
   */
  static List<String> run(Path root, int warmups, int runs) throws Exception {
    Path log = Files.createTempFile("jpa-migrations-goal", ".log");
    if (!maven(root, log, "verify")) {
      return List.of("(the quickstart example does not build, so the goal rows are left out: see " + log + ")");
    }
    Measurement validate = Measurement.of(warmups, runs, () -> { }, () -> require(maven(root, log, "-o", "validate")));
    Measurement upgrade = Measurement.of(warmups, runs, () -> { },
        () -> require(maven(root, log, "-o", "migrations:upgrade")));
    Measurement status = Measurement.of(warmups, runs, () -> { },
        () -> require(maven(root, log, "-o", "migrations:status")));
    // The entities match the migrations: generate reads the mapping, finds nothing to write and writes nothing.
    Measurement generate = Measurement.of(warmups, runs, () -> { },
        () -> require(maven(root, log, "-o", "migrations:generate", "-Dmigrations.message=benchmark")));
    String label = "quickstart, up to date";
    return List.of(
        Benchmarks.row("mvn migrations:upgrade", label, upgrade, "mvn validate (Maven's own start)", validate),
        Benchmarks.row("mvn migrations:status", label, status, "mvn validate (Maven's own start)", validate),
        Benchmarks.row("mvn migrations:generate", label, generate, "mvn validate (Maven's own start)", validate));
  }

  private static void require(boolean succeeded) {
    if (!succeeded) {
      throw new IllegalStateException("A Maven run of the quickstart example failed");
    }
  }

  private static boolean maven(Path root, Path log, String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q", "-f", EXAMPLE));
    command.addAll(List.of(goals));
    Process process = new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return process.waitFor() == 0;
  }
}
