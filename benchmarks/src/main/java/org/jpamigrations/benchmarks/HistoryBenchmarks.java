package org.jpamigrations.benchmarks;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;
import org.jpamigrations.Migrations;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.runner.RunListener;

/**
 * Long histories, side by side with what users would pick instead, on the same DDL: applying N migrations to an
 * empty database (jpa-migrations, the bare statements over JDBC, Flyway, Liquibase), an {@code upgrade} with
 * nothing left to do (against Flyway's and Liquibase's no-op runs), and replaying the history into the schema it
 * records, which {@code generate} and {@code check} do without a database.
 */
final class HistoryBenchmarks {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** Where the history runs: a fresh database for each run, dropped after it. */
  interface Target {
    String name();

    String dialect();

    /** Creates an empty database and returns its URL. */
    String fresh() throws SQLException;

    /** Drops the database of the URL. */
    void drop(String url) throws SQLException;

    String user();

    String password();
  }

  /** An H2 database, as the benchmarks' user {@code sa} with no password. */
  abstract static class H2Target implements Target {
    @Override
    public String dialect() {
      return "h2";
    }

    @Override
    public String user() {
      return "sa";
    }

    @Override
    public String password() {
      return "";
    }
  }

  static final Target H2 = new H2Target() {
    @Override
    public String name() {
      return "H2";
    }

    @Override
    public String fresh() {
      return "jdbc:h2:mem:history" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public void drop(String url) throws SQLException {
      try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
        s.execute("shutdown");
      }
    }
  };

  /**
   * PostgreSQL at {@code benchmarks.postgresql} (default {@code jdbc:postgresql://127.0.0.1:5432/}, user postgres,
   * no password), a database per run; empty when it does not answer.
   */
  static Optional<Target> postgresql() {
    String server = System.getProperty("benchmarks.postgresql", "jdbc:postgresql://127.0.0.1:5432/");
    String user = System.getProperty("benchmarks.postgresql.user", "postgres");
    String password = System.getProperty("benchmarks.postgresql.password", "");
    try (Connection ignored = DriverManager.getConnection(server + "postgres", user, password)) {
      return Optional.of(new Target() {
        @Override
        public String name() {
          return "PostgreSQL";
        }

        @Override
        public String dialect() {
          return "postgresql";
        }

        @Override
        public String fresh() throws SQLException {
          String name = "bench_history_" + DATABASES.incrementAndGet();
          admin("drop database if exists " + name);
          admin("create database " + name);
          return server + name;
        }

        @Override
        public void drop(String url) throws SQLException {
          admin("drop database if exists " + url.substring(server.length()) + " with (force)");
        }

        private void admin(String sql) throws SQLException {
          try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
              Statement s = c.createStatement()) {
            s.execute(sql);
          }
        }

        @Override
        public String user() {
          return user;
        }

        @Override
        public String password() {
          return password;
        }
      });
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private HistoryBenchmarks() {}

  private static final String RECORDED = "the same, a history row each, over JDBC";

  /** Held so that java.util.logging keeps its level: Liquibase reports each step there. */
  private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

  static {
    quietLiquibase();
  }

  /** Liquibase as quiet as the other tools: no analytics, no summary on the console, severe messages only. */
  static void quietLiquibase() {
    System.setProperty("liquibase.analytics.enabled", "false");
    // Its update summary would go to the console as well, between the benchmark's lines.
    System.setProperty("liquibase.command.showSummaryOutput", "LOG");
    LIQUIBASE.setLevel(Level.SEVERE);
  }

  /** Applying the whole history to an empty database. */
  static List<String> fresh(HistoryFixture history, Target target, int warmups, int runs) throws Exception {
    List<String> rows = new ArrayList<>();
    String label = target.name() + ", " + history.count() + " migrations";
    URLClassLoader loader = loader(history);
    Fresh fresh = new Fresh(target);

    // One transaction for the run (migrations.group) only changes anything where DDL is transactional.
    boolean group = dialect(target).transactionalDdl();
    List<Measurement.Task> tasks = new ArrayList<>(List.of(
        () -> migrations(history, loader, target, fresh.url).upgrade(),
        () -> statements(history, target, fresh.url),
        () -> recorded(history, target, fresh.url, false),
        () -> flyway(history, target, fresh.url).migrate(),
        () -> liquibase(history, target, fresh.url)));
    if (group) {
      tasks.add(() -> migrations(history, loader, target, fresh.url, true).upgrade());
      tasks.add(() -> recorded(history, target, fresh.url, true));
      tasks.add(() -> flyway(history, target, fresh.url, true).migrate());
    }
    List<Measurement> measured =
        Measurement.interleaved(warmups, runs, fresh, () -> requireTables(history, target, fresh.url), tasks);
    Measurement ours = measured.get(0);
    Measurement jdbc = measured.get(1);
    Measurement jdbcRecorded = measured.get(2);
    Measurement flyway = measured.get(3);
    Measurement liquibase = measured.get(4);
    Measurement grouped = group ? measured.get(5) : null;
    Measurement jdbcRecordedGroup = group ? measured.get(6) : null;
    Measurement flywayGrouped = group ? measured.get(7) : null;
    rows.add(Benchmarks.row("upgrade, fresh", label, ours, "the same statements over JDBC", jdbc));
    rows.add(Benchmarks.row("", "", ours, RECORDED, jdbcRecorded));
    rows.add(Benchmarks.row("", "", ours, "Flyway " + System.getProperty("benchmarks.flyway.version", ""), flyway));
    rows.add(Benchmarks.row("", "", ours, "Liquibase " + System.getProperty("benchmarks.liquibase.version", ""), liquibase));
    if (grouped != null) {
      rows.add(Benchmarks.row("upgrade, fresh, group", label, grouped, "the same statements over JDBC", jdbc));
      rows.add(Benchmarks.row("", "", grouped, RECORDED + ", together", jdbcRecordedGroup));
      rows.add(Benchmarks.row("", "", grouped, "Flyway, group = true", flywayGrouped));
    }
    target.drop(fresh.url);
    return rows;
  }

  /** Up to date: every migration applied, nothing to do; each tool reads its own history table. */
  static List<String> upToDate(HistoryFixture history, Target target, int warmups, int runs) throws Exception {
    List<String> rows = new ArrayList<>();
    String label = target.name() + ", " + history.count() + " migrations";
    URLClassLoader loader = loader(history);
    Fresh fresh = new Fresh(target);
    Measurement.Task none = () -> { };
    fresh.run();
    migrations(history, loader, target, fresh.url).upgrade();
    Measurement oursNoop = Measurement.of(warmups, runs, none, () -> migrations(history, loader, target, fresh.url).upgrade());
    fresh.run();
    flyway(history, target, fresh.url).migrate();
    Measurement flywayNoop = Measurement.of(warmups, runs, none, () -> flyway(history, target, fresh.url).migrate());
    fresh.run();
    liquibase(history, target, fresh.url);
    Measurement liquibaseNoop = Measurement.of(warmups, runs, none, () -> liquibase(history, target, fresh.url));
    target.drop(fresh.url);
    rows.add(Benchmarks.row("upgrade, up to date", label, oursNoop, "Flyway, nothing to migrate", flywayNoop));
    rows.add(Benchmarks.row("", "", oursNoop, "Liquibase, nothing to update", liquibaseNoop));
    return rows;
  }

  /** Before each run, a new empty database, the last one dropped. */
  private static final class Fresh implements Measurement.Task {
    private final Target target;
    private String url;

    Fresh(Target target) {
      this.target = target;
    }

    @Override
    public void run() throws Exception {
      if (url != null) {
        target.drop(url);
      }
      url = target.fresh();
    }
  }

  /**
   * What {@code migrations:squash} buys a fresh database: an upgrade that runs the squash of the whole history alone,
   * against one that runs the originals.
   */
  static String squashedUpgrade(HistoryFixture originals, HistoryFixture squashed, Target target, int warmups,
      int runs) throws Exception {
    ClassLoader withSquash = loader(squashed);
    ClassLoader without = loader(originals);
    Fresh fresh = new Fresh(target);
    Measurement squash = Measurement.of(warmups, runs, fresh, () -> migrations(squashed, withSquash, target, fresh.url).upgrade());
    requireTables(squashed, target, fresh.url);
    Measurement all = Measurement.of(warmups, runs, fresh, () -> migrations(originals, without, target, fresh.url).upgrade());
    target.drop(fresh.url);
    return Benchmarks.row("upgrade, squashed", target.name() + ", " + originals.count() + " migrations", squash,
        "jpa-migrations, the originals", all);
  }

  /** The replay of a history with its squash beside the originals, against the originals alone. */
  static String squashedReplay(HistoryFixture originals, HistoryFixture squashed, int warmups, int runs)
      throws Exception {
    Measurement replaySquash = replaying(squashed, loader(squashed), warmups, runs);
    Measurement replayAll = replaying(originals, loader(originals), warmups, runs);
    return Benchmarks.row("replay, squashed", originals.count() + " migrations", replaySquash,
        "jpa-migrations, the originals", replayAll);
  }

  private static Measurement replaying(HistoryFixture history, ClassLoader loader, int warmups, int runs)
      throws Exception {
    List<MigrationScript> scripts = MigrationLoader.load(loader, history.packageName());
    return Measurement.of(warmups, runs, () -> { }, () -> {
      RevisionGraph graph = RevisionGraph.of(scripts);
      Objects.requireNonNull(graph.schemaAt(graph.resolve(RevisionGraph.HEAD)).table("t_" + history.count()));
    });
  }

  private static URLClassLoader loader(HistoryFixture history) throws Exception {
    return new URLClassLoader(new URL[] {history.classes().toUri().toURL()}, HistoryBenchmarks.class.getClassLoader());
  }

  /** The schema the history records, from the loaded classes, as generate and check compute it. */
  static String replay(HistoryFixture history, int warmups, int runs) throws Exception {
    Measurement replay = replaying(history, loader(history), warmups, runs);
    return Benchmarks.row("replay", history.count() + " migrations", replay, "(target: under 50 ms warm)", null);
  }

  private static Migrations migrations(HistoryFixture history, ClassLoader loader, Target target, String url) {
    return migrations(history, loader, target, url, false);
  }

  private static Migrations migrations(HistoryFixture history, ClassLoader loader, Target target, String url,
      boolean group) {
    return Migrations.configure(loader).dataSource(url, target.user(), target.password())
        .packageName(history.packageName()).listener(RunListener.NONE).group(group).load();
  }

  private static void statements(HistoryFixture history, Target target, String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, target.user(), target.password());
        Statement statement = connection.createStatement()) {
      for (List<String> migration : history.statements()) {
        for (String sql : migration) {
          statement.execute(sql);
        }
      }
    }
  }

  /**
   * The least a tool that records what it applied can do: the same statements, and after each migration's a row in
   * a history table, committed with them. Grouped, one transaction for the run and the rows written in one batch.
   */
  private static void recorded(HistoryFixture history, Target target, String url, boolean group) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, target.user(), target.password())) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("create table bench_history (revision varchar(50) not null primary key,"
            + " message varchar(200), checksum varchar(64), applied_at timestamp not null)");
      }
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement();
          PreparedStatement insert = connection.prepareStatement("insert into bench_history values (?, ?, ?, ?)")) {
        int revision = 0;
        for (List<String> migration : history.statements()) {
          for (String sql : migration) {
            statement.execute(sql);
          }
          insert.setString(1, Integer.toString(++revision));
          insert.setString(2, "migration " + revision);
          insert.setString(3, Integer.toHexString(migration.hashCode()));
          insert.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
          if (group) {
            insert.addBatch();
          } else {
            insert.executeUpdate();
            connection.commit();
          }
        }
        if (group) {
          insert.executeBatch();
          connection.commit();
        }
      }
    }
  }

  static Flyway flyway(HistoryFixture history, Target target, String url) {
    return flyway(history, target, url, false);
  }

  private static Flyway flyway(HistoryFixture history, Target target, String url, boolean group) {
    return Flyway.configure(HistoryBenchmarks.class.getClassLoader())
        .group(group)
        .dataSource(url, target.user(), target.password())
        .locations("filesystem:" + history.flywayDirectory())
        .loggers(QuietFlywayLog.class.getName())
        .load();
  }

  static void liquibase(HistoryFixture history, Target target, String url) throws Exception {
    Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
      try (Connection connection = DriverManager.getConnection(url, target.user(), target.password());
          Liquibase liquibase = new Liquibase(HistoryFixture.LIQUIBASE_CHANGELOG,
              new DirectoryResourceAccessor(history.liquibaseDirectory()),
              DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))) {
        liquibase.update();
      }
    });
  }

  /** Every run must have made the whole history: a figure for less work would flatter it. */
  private static void requireTables(HistoryFixture history, Target target, String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, target.user(), target.password());
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables"
            + " where lower(table_name) like 't\\_%' escape '\\'")) {
      rows.next();
      if (rows.getInt(1) != history.count()) {
        throw new IllegalStateException("The run made " + rows.getInt(1) + " of " + history.count() + " tables");
      }
    }
  }

  /** The dialect the fixture renders for. */
  static org.jpamigrations.dialect.SqlDialect dialect(Target target) {
    return SqlDialects.forName(target.dialect());
  }
}
