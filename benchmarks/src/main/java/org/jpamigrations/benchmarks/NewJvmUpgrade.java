package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jpamigrations.Migrations;
import org.jpamigrations.runner.RunListener;

/**
 * An upgrade as the first thing a new JVM does, as an application's start-up or a container job runs it, beside
 * Flyway and Liquibase doing the same: loading each tool's classes and the driver counts, the JVM's own start does
 * not. A JVM per run; each tool has a database of its own, since their history tables differ.
 */
final class NewJvmUpgrade {

  /** The tools, in the order of the rows. */
  private enum Tool { JPA_MIGRATIONS, FLYWAY, LIQUIBASE }

  private static final AtomicInteger FILES = new AtomicInteger();
  /** Held so that java.util.logging keeps its level: the dialect's first use logs Hibernate's version. */
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

  private NewJvmUpgrade() {}

  /** H2 databases in files under {@code directory}, as an application keeps one: a new JVM finds it again. */
  static HistoryBenchmarks.Target h2Files(Path directory) {
    return new HistoryBenchmarks.H2Target() {
      @Override
      public String name() {
        return "H2 file";
      }

      @Override
      public String fresh() {
        return "jdbc:h2:file:" + directory.resolve("db" + FILES.incrementAndGet());
      }

      @Override
      public void drop(String url) throws SQLException {
        try {
          Files.deleteIfExists(Path.of(url.substring("jdbc:h2:file:".length()) + ".mv.db"));
        } catch (IOException e) {
          throw new SQLException(e);
        }
      }
    };
  }

  /**
   * Alternates new JVMs of each tool, {@code runs} of each: an upgrade with nothing to do on a database each tool
   * brought up to date before, and one that applies the whole history to an empty database.
   */
  static List<String> rows(HistoryFixture history, HistoryBenchmarks.Target target, int runs) throws Exception {
    Map<Tool, String> upToDate = new EnumMap<>(Tool.class);
    for (Tool tool : Tool.values()) {
      upToDate.put(tool, target.fresh());
      fork(tool, history, target, upToDate.get(tool));
    }
    Map<Tool, List<Double>> noop = new EnumMap<>(Tool.class);
    Map<Tool, List<Double>> fresh = new EnumMap<>(Tool.class);
    for (int round = 0; round < runs; round++) {
      for (int i = 0; i < Tool.values().length; i++) {
        // A different tool first each round, so that a slow spell falls on all of them.
        Tool tool = Tool.values()[(round + i) % Tool.values().length];
        noop.computeIfAbsent(tool, t -> new ArrayList<>()).add(fork(tool, history, target, upToDate.get(tool)));
        String empty = target.fresh();
        fresh.computeIfAbsent(tool, t -> new ArrayList<>()).add(fork(tool, history, target, empty));
        target.drop(empty);
      }
    }
    for (String url : upToDate.values()) {
      target.drop(url);
    }
    String label = target.name() + ", " + history.count() + " migrations";
    Measurement oursNoop = Measurement.of(noop.get(Tool.JPA_MIGRATIONS));
    Measurement oursFresh = Measurement.of(fresh.get(Tool.JPA_MIGRATIONS));
    return List.of(
        Benchmarks.row("start-up, fresh", label, oursFresh, "Flyway", Measurement.of(fresh.get(Tool.FLYWAY))),
        Benchmarks.row("", "", oursFresh, "Liquibase", Measurement.of(fresh.get(Tool.LIQUIBASE))),
        Benchmarks.row("start-up, up to date", label, oursNoop, "Flyway, nothing to migrate",
            Measurement.of(noop.get(Tool.FLYWAY))),
        Benchmarks.row("", "", oursNoop, "Liquibase, nothing to update", Measurement.of(noop.get(Tool.LIQUIBASE))));
  }

  private static double fork(Tool tool, HistoryFixture history, HistoryBenchmarks.Target target, String url)
      throws IOException, InterruptedException {
    return Measurement.inNewJvm(tool + "'s upgrade", List.of(), NewJvmUpgrade.class, List.of(tool.name(),
        Integer.toString(history.count()), history.classes().toString(), history.packageName(),
        history.flywayDirectory().toString(), history.liquibaseDirectory().toString(), url, target.user(),
        target.password()));
  }

  /** In the new JVM: one tool's upgrade, once; prints the milliseconds it took. */
  public static void main(String[] args) throws Exception {
    Tool tool = Tool.valueOf(args[0]);
    HistoryFixture history = new HistoryFixture(Integer.parseInt(args[1]), Path.of(args[2]), args[3], Path.of(args[4]),
        Path.of(args[5]), List.of());
    String url = args[6];
    HistoryBenchmarks.Target target = new Given(url, args[7], args.length > 8 ? args[8] : "");
    // Each tool as quiet as the others, set up before the clock starts.
    HIBERNATE.setLevel(Level.SEVERE);
    HistoryBenchmarks.quietLiquibase();
    long start = System.nanoTime();
    switch (tool) {
      case JPA_MIGRATIONS -> {
        URLClassLoader loader = new URLClassLoader(new URL[] {history.classes().toUri().toURL()},
            NewJvmUpgrade.class.getClassLoader());
        Migrations.configure(loader).dataSource(url, target.user(), target.password())
            .packageName(history.packageName()).listener(RunListener.NONE).load().upgrade();
      }
      case FLYWAY -> HistoryBenchmarks.flyway(history, target, url).migrate();
      case LIQUIBASE -> HistoryBenchmarks.liquibase(history, target, url);
    }
    System.out.println((System.nanoTime() - start) / 1e6);
  }

  /** The database a new JVM was given. */
  private record Given(String url, String user, String password) implements HistoryBenchmarks.Target {
    @Override
    public String name() {
      return url;
    }

    @Override
    public String dialect() {
      return "";
    }

    @Override
    public String fresh() {
      return url;
    }

    @Override
    public void drop(String url) {}
  }
}
