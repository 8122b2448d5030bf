package org.jpamigrations.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jpamigrations.runner.OnlineWorkload;
import org.jpamigrations.runner.OnlineWorkload.Comparison;
import org.jpamigrations.runner.OnlineWorkload.Run;
import org.jpamigrations.runner.OnlineWorkload.Step;

/**
 * What the online forms buy on PostgreSQL: on a table of {@code benchmarks.onlineRows} rows (default 1,000,000)
 * that a writer keeps inserting into, each step run through the runner in its online form, against its plain form
 * as the baseline: the step's time and the writer's longest stall. The workload is {@code
 * OnlineMigrationServerTest}'s, from annotation-model's test jar; one run each, since a run takes seconds and a
 * stall is a worst case, not a figure a median smooths.
 */
final class OnlineBenchmarks {

  private OnlineBenchmarks() {}

  /** One row per step, or one line saying why there are none. */
  static List<String> run(Optional<HistoryBenchmarks.Target> postgresql) throws Exception {
    if (postgresql.isEmpty()) {
      return List.of("(PostgreSQL does not answer at -Dbenchmarks.postgresql: the online rows are left out)");
    }
    HistoryBenchmarks.Target target = postgresql.get();
    int rows = Integer.parseInt(System.getProperty("benchmarks.onlineRows", "1000000").strip());
    String url = target.fresh();
    List<String> lines = new ArrayList<>();
    try (Connection connection = open(target, url)) {
      OnlineWorkload.fill(connection, rows);
      for (Step step : Step.values()) {
        Comparison comparison = OnlineWorkload.compare(() -> open(target, url), connection, step);
        lines.add(String.format(Benchmarks.COLUMNS, "online " + step.label(),
            String.format("PostgreSQL, %,d rows", rows), describe(comparison.online()), "the plain form",
            describe(comparison.plain())));
      }
    } finally {
      target.drop(url);
    }
    return lines;
  }

  /** The step's time, and the writer's longest insert while it ran. */
  private static String describe(Run run) {
    return String.format("%5d ms, stall %5d ms", run.stepMillis(), run.longestStallMillis());
  }

  private static Connection open(HistoryBenchmarks.Target target, String url) throws java.sql.SQLException {
    return DriverManager.getConnection(url, target.user(), target.password());
  }
}
