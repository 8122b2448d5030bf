package org.jpamigrations.benchmarks;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.plugin.command.GenerateCommand;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.extract.ProjectClassLoaderService;
import org.jpamigrations.plugin.command.Reporter;
import org.jpamigrations.jdbc.Database;

/**
 * Times {@code generate} and {@code upgrade} on models of growing size, side by side with a baseline
 * of what Hibernate itself needs for the same entities:
 * <ul>
 *   <li>generate (scan, read the mapping, replay, diff, write Java) against building Hibernate's boot
 *       metamodel alone, the floor of any tool that reads the mapping through Hibernate;
 *   <li>upgrade (connect, detect the dialect, history table, render, run, record) against running the
 *       DDL script Hibernate's own schema export writes for the same entities, over plain JDBC.
 * </ul>
 */
public final class Benchmarks {

  private static final int WARMUPS = 10;
  private static final int RUNS = 7;
  private static final int HISTORY = 500;
  private static final int REPLAYED = 1_000;
  private static final int UP_TO_DATE = 1_000;
  /**
   * On a server. Its own time dominates there, but after two warm-ups each tool's code per migration still ran partly
   * in the interpreter, which moved the ratios by a tenth.
   */
  private static final int HISTORY_WARMUPS = 10;
  /**
   * On H2 in memory, where a run takes milliseconds: two runs leave most of each tool's code to the interpreter, and
   * the figure would measure the JIT rather than the tool.
   */
  private static final int H2_HISTORY_WARMUPS = 20;
  private static final int HISTORY_RUNS = 7;
  private static final int GOAL_WARMUPS = 1;
  private static final int GOAL_RUNS = 5;
  private static final int FIRST_RUNS = 5;
  /** The history an application's start-up applies, or finds applied, in the new-JVM rows. */
  private static final int NEW_JVM_HISTORY = 100;
  private static final String MIGRATIONS = "bench.db.migrations";
  /** The groups of rows, in the order they run. */
  private static final String GROUPS = "generate,history,replay,squash,online,goals";
  private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");
  private static final AtomicInteger DATABASES = new AtomicInteger();
  /** The table's columns: goal, size, jpa-migrations, baseline's name, baseline; every row and the header use it. */
  static final String COLUMNS = "%-23s %-27s %-27s   %-38s %-27s";

  public static void main(String[] args) throws Exception {
    System.setProperty("org.jboss.logging.provider", "jdk");
    HIBERNATE.setLevel(Level.SEVERE);
    Path work = Files.createTempDirectory("jpa-migrations-bench");
    List<String> rows = new ArrayList<>();
    // -Dbenchmarks.groups=generate,goals runs those rows alone; every group by default.
    List<String> groups = List.of(System.getProperty("benchmarks.groups", GROUPS).strip().split("\\s*,\\s*"));
    if (groups.contains("generate")) {
      for (String size : System.getProperty("benchmarks.entities", "10,50,200,1000").split(",")) {
        int entities = Integer.parseInt(size.strip());
        GeneratedModel model = GeneratedModel.create(entities, work.resolve("model" + entities));
        // Before the warm rows, which compile the generated migration into the model's classes.
        List<String> firstRun = FirstRun.rows(model, work.resolve("first-run" + entities), FIRST_RUNS);
        rows.addAll(run(model, work.resolve("project" + entities)));
        rows.addAll(firstRun);
      }
    }
    Optional<HistoryBenchmarks.Target> postgresql = HistoryBenchmarks.postgresql();
    if (groups.contains("history") || groups.contains("squash")) {
      HistoryFixture history = HistoryFixture.create(HISTORY, HistoryBenchmarks.dialect(HistoryBenchmarks.H2),
          work.resolve("history-h2"));
      Optional<HistoryFixture> onServer = postgresql.isEmpty() ? Optional.empty() : Optional.of(HistoryFixture.create(
          HISTORY, HistoryBenchmarks.dialect(postgresql.get()), work.resolve("history-postgresql")));
      if (groups.contains("history")) {
        rows.addAll(HistoryBenchmarks.fresh(history, HistoryBenchmarks.H2, H2_HISTORY_WARMUPS, HISTORY_RUNS));
        rows.addAll(HistoryBenchmarks.upToDate(HistoryFixture.create(UP_TO_DATE,
            HistoryBenchmarks.dialect(HistoryBenchmarks.H2), work.resolve("up-to-date-h2")), HistoryBenchmarks.H2,
            H2_HISTORY_WARMUPS, HISTORY_RUNS));
        rows.addAll(NewJvmUpgrade.rows(HistoryFixture.create(NEW_JVM_HISTORY,
            HistoryBenchmarks.dialect(HistoryBenchmarks.H2), work.resolve("new-jvm-h2")),
            NewJvmUpgrade.h2Files(work.resolve("new-jvm-h2-databases")), FIRST_RUNS));
        if (postgresql.isPresent()) {
          HistoryBenchmarks.Target server = postgresql.get();
          rows.addAll(HistoryBenchmarks.fresh(onServer.get(), server, HISTORY_WARMUPS, HISTORY_RUNS));
          rows.addAll(HistoryBenchmarks.upToDate(HistoryFixture.create(UP_TO_DATE, HistoryBenchmarks.dialect(server),
              work.resolve("up-to-date-postgresql")), server, HISTORY_WARMUPS, HISTORY_RUNS));
          rows.addAll(NewJvmUpgrade.rows(HistoryFixture.create(NEW_JVM_HISTORY, HistoryBenchmarks.dialect(server),
              work.resolve("new-jvm-postgresql")), server, FIRST_RUNS));
        } else {
          rows.add("(PostgreSQL does not answer at -Dbenchmarks.postgresql: its rows are left out)");
        }
      }
      if (groups.contains("squash")) {
        // On H2 in memory a commit costs almost nothing; on a server, each migration the squash replaces saves one.
        HistoryFixture squash = history.squashed(work.resolve("history-h2-squashed"));
        rows.add(HistoryBenchmarks.squashedUpgrade(history, squash, HistoryBenchmarks.H2, H2_HISTORY_WARMUPS,
            HISTORY_RUNS));
        if (onServer.isPresent()) {
          rows.add(HistoryBenchmarks.squashedUpgrade(onServer.get(),
              onServer.get().squashed(work.resolve("history-postgresql-squashed")), postgresql.get(), HISTORY_WARMUPS,
              HISTORY_RUNS));
        }
        rows.add(HistoryBenchmarks.squashedReplay(history, squash, H2_HISTORY_WARMUPS, HISTORY_RUNS));
      }
    }
    if (groups.contains("replay")) {
      HistoryFixture replayed = HistoryFixture.create(REPLAYED, HistoryBenchmarks.dialect(HistoryBenchmarks.H2),
          work.resolve("history-replay"));
      rows.add(HistoryBenchmarks.replay(replayed, WARMUPS, RUNS));
    }
    if (groups.contains("online")) {
      rows.addAll(OnlineBenchmarks.run(postgresql));
    }
    if (groups.contains("goals")) {
      rows.addAll(GoalBenchmarks.run(Path.of(System.getProperty("benchmarks.root", "..")), postgresql, GOAL_WARMUPS,
          GOAL_RUNS));
    }
    System.out.printf("%nJPA Migrations benchmarks: median (fastest-slowest) of %d runs after %d warm-ups"
        + " (%d after %d for the histories on H2 in memory and %d on PostgreSQL, %d after %d for the goals; one run"
        + " of each online step), Java %s, %d cores%n%n", RUNS, WARMUPS, HISTORY_RUNS, H2_HISTORY_WARMUPS,
        HISTORY_WARMUPS, GOAL_RUNS, GOAL_WARMUPS,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    System.out.printf(COLUMNS + " %6s%n",
        "goal", "size", "jpa-migrations", "baseline", "", "ratio");
    rows.forEach(System.out::println);
  }

  /** The loader of the model's classes, made the context class loader as in an application. */
  static URLClassLoader loader(GeneratedModel model) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(new URL[] {model.classes().toUri().toURL()}, Benchmarks.class.getClassLoader());
    // Hibernate finds entity classes by name through the context class loader, as in an application.
    Thread.currentThread().setContextClassLoader(loader);
    return loader;
  }

  /** The package directory generate writes into, under the project, emptied. */
  static Path migrations(Path project) throws Exception {
    Path migrations = Files.createDirectories(project.resolve("src/main/java").resolve(MIGRATIONS.replace('.', '/')));
    clear(migrations);
    return migrations;
  }

  /** What {@code mvn migrations:generate} asks for the model, writing into the project's sources. */
  static GenerateCommand.Request generate(GeneratedModel model, Path project, ClassLoader loader) {
    Map<String, String> settings = SqlDialects.hibernateSettings("jdbc:h2:mem:x", null);
    return new GenerateCommand.Request(model.classes(), project.resolve("src/main/java"), MIGRATIONS, loader, settings,
        "create model", false, Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static List<String> run(GeneratedModel model, Path project) throws Exception {
    URLClassLoader loader = loader(model);
    Path migrations = migrations(project);
    Path classes = model.classes();
    GenerateCommand.Request generate = generate(model, project, loader);

    List<Measurement> generated = Measurement.interleaved(WARMUPS, RUNS, () -> clear(migrations), () -> { }, List.of(
        () -> new GenerateCommand().run(generate, Silent.REPORTER).orElseThrow(),
        () -> buildMetadata(model, loader, false),
        () -> buildMetadata(model, loader, true)));
    List<String> rows = new ArrayList<>();
    rows.add(row("generate", model.entities() + " entities", generated.get(0), "Hibernate boot metamodel only",
        generated.get(1)));
    rows.add(row("", "", generated.get(0), "the same, missing classes remembered", generated.get(2)));

    clear(migrations);
    GeneratedMigration migration = new GenerateCommand().run(generate, Silent.REPORTER).orElseThrow();
    GeneratedModel.compile(classes, List.of(migration.file().toString()));
    String[] url = new String[1];
    List<String> script = hibernateScript(model, loader, project.resolve("hibernate-create.sql"));
    List<Measurement> upgraded = Measurement.interleaved(WARMUPS, RUNS, () -> url[0] = freshDatabase(),
        () -> dropDatabase(url[0]), List.of(
            () -> new MigrateCommand().upgrade(new MigrateCommand.Request(new Database(url[0], "sa", ""), null,
                "jpa_migrations_history", MIGRATIONS, loader, null), Silent.REPORTER),
            () -> runScript(url[0], script)));
    rows.add(row("upgrade", model.entities() + " entities", upgraded.get(0),
        "Hibernate's DDL script over JDBC (" + script.size() + " stmts)", upgraded.get(1)));
    return rows;
  }

  /** One line of the table; {@code baseline} may be {@code null} for a figure that stands alone. */
  static String row(String goal, String size, Measurement ours, String baselineName, Measurement baseline) {
    return String.format(COLUMNS + " %6s", goal, size, ours.describe(), baselineName,
        baseline == null ? "" : baseline.describe(),
        baseline == null ? "" : String.format("%.2f", ours.medianMillis() / baseline.medianMillis()));
  }

  /**
   * The baseline of the generate rows: Hibernate's boot metamodel of the entities, and nothing else. Remembering
   * missing classes, Hibernate's class loading does what generate's does: it looks for a class that is not there
   * (an entity's package-info, asked for at every property) once, not at every ask.
   */
  static void buildMetadata(GeneratedModel model, ClassLoader loader, boolean rememberMissing) throws Exception {
    StandardServiceRegistryBuilder builder = rememberMissing
        ? new StandardServiceRegistryBuilder(new BootstrapServiceRegistryBuilder()
            .applyClassLoaderService(new ProjectClassLoaderService(loader)).build())
        : new StandardServiceRegistryBuilder();
    StandardServiceRegistry registry = builder
        .applySetting("hibernate.dialect", "org.hibernate.dialect.H2Dialect")
        .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : model.classNames()) {
        sources.addAnnotatedClass(Class.forName(name, false, loader));
      }
      sources.buildMetadata();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** The DDL Hibernate's schema export writes for the model, as a script (written once, outside the timing). */
  private static List<String> hibernateScript(GeneratedModel model, ClassLoader loader, Path file) throws Exception {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("hibernate.connection.url", freshDatabase())
        .applySetting("hibernate.connection.username", "sa")
        .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
        .applySetting("jakarta.persistence.schema-generation.scripts.create-target", file.toString())
        .applySetting("hibernate.hbm2ddl.delimiter", ";")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : model.classNames()) {
        sources.addAnnotatedClass(Class.forName(name, false, loader));
      }
      sources.buildMetadata().buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
    return Stream.of(Files.readString(file).split(";"))
        .map(String::strip)
        .filter(statement -> !statement.isEmpty())
        .toList();
  }

  private static void runScript(String url, List<String> script) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      for (String sql : script) {
        statement.execute(sql);
      }
    }
  }

  private static String freshDatabase() {
    return "jdbc:h2:mem:bench" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  }

  /** Drops a database of {@link #freshDatabase()}: kept, hundreds of them would fill the heap. */
  private static void dropDatabase(String url) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
  }

  static void clear(Path migrations) throws Exception {
    try (Stream<Path> files = Files.list(migrations)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  /** Reports nothing: the benchmark prints its own table. */
  enum Silent implements Reporter {
    REPORTER;

    @Override
    public void info(String line) {}

    @Override
    public void warn(String line) {}

    @Override
    public void debug(String line) {}
  }
}
