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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.jdbc.Database;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * validate on real servers: a database the migrations built matches them, whatever the server calls
 * its types; a column changed by hand is reported. Skipped when the server is not running.
 */
class ValidateServerTest {

  private static final String ENTITIES = "org/jpamigrations/plugin/extract/fixtures/shop";
  private static final String PACKAGE = "com.example.db.migrations";

  enum Server {
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2", "postgres",
        "create schema %s", "drop schema %s cascade", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=%s"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=2000", "root",
        "create database %s", "drop database %s", "jdbc:mariadb://127.0.0.1:3306/%s");

    final String adminUrl;
    final String user;
    final String create;
    final String drop;
    final String url;

    Server(String adminUrl, String user, String create, String drop, String url) {
      this.adminUrl = adminUrl;
      this.user = user;
      this.create = create;
      this.drop = drop;
      this.url = url;
    }

    Connection admin() {
      try {
        return DriverManager.getConnection(adminUrl, user, null);
      } catch (SQLException e) {
        Assumptions.abort(name() + " is not reachable at " + adminUrl + " (" + e.getMessage() + "): skipped");
        return null;
      }
    }
  }

  @TempDir Path project;

  @ParameterizedTest
  @EnumSource(Server.class)
  void aDatabaseTheMigrationsBuiltIsValidAndAHandMadeChangeIsDrift(Server server) throws Exception {
    String name = "team_validate_" + Long.toHexString(System.nanoTime());
    try (Connection admin = server.admin(); Statement s = admin.createStatement()) {
      s.execute(server.create.formatted(name));
      try {
        Path sources = Files.createDirectories(project.resolve("src/main/java"));
        Path classes = copyEntities();
        CommandLoopTest.Lines log = new CommandLoopTest.Lines();
        new InitCommand().run(new InitCommand.Request(sources, PACKAGE, true, "1"), log);
        String url = server.url.formatted(name);
        try (URLClassLoader loader = loader(classes)) {
          Path file = new GenerateCommand().run(new GenerateCommand.Request(classes, sources, PACKAGE, loader,
              SqlDialects.hibernateSettings(url, null), "create shop tables", false, Instant.now()), log)
              .orElseThrow().file();
          compile(classes, file);
        }
        Database database = new Database(url, server.user, null);
        try (URLClassLoader loader = loader(classes)) {
          new MigrateCommand().upgrade(new MigrateCommand.Request(database, null, "jpa_migrations_history",
              PACKAGE, loader, null), log);
          ValidateCommand.Request request = new ValidateCommand.Request(database, null, "jpa_migrations_history",
              PACKAGE, loader);
          assertThat(new ValidateCommand().run(request, log)).isEmpty();

          try (Connection c = DriverManager.getConnection(url, server.user, null); Statement t = c.createStatement()) {
            t.execute("alter table customers add column nickname varchar(20)");
          }
          assertThatThrownBy(() -> new ValidateCommand().run(request, log))
              .hasMessageContaining("column nickname is in the database but no migration adds it")
              .hasMessageContaining("(1 problem)");
        }
      } finally {
        s.execute(server.drop.formatted(name));
      }
    }
  }

  private Path copyEntities() throws Exception {
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path testClasses = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = Files.createDirectories(classes.resolve(ENTITIES));
    try (Stream<Path> files = Files.list(testClasses.resolve(ENTITIES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return classes;
  }

  private static URLClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ValidateServerTest.class.getClassLoader());
  }

  private static void compile(Path classes, Path file) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), file.toString())).as("javac").isZero();
  }
}
