package org.jpamigrations.it.scenario;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jpamigrations.it.oracle.DatabaseServer;

/**
 * A database a scenario evolves, or the one the oracle has Hibernate export into. The server comes from the
 * {@code scenario.server}, {@code scenario.user} and {@code scenario.password} system properties (a URL such as
 * {@code jdbc:postgresql://127.0.0.1:5432}); without a server, a fresh in-memory H2 database.
 */
public record Target(String url, String user, String password) {

  private static final AtomicInteger FRESH = new AtomicInteger();

  /** The database the scenario migrates: on a server, {@code sc_<scenario>}, dropped and created empty. */
  public static Target forScenario(String scenario) throws SQLException {
    DatabaseServer server = server();
    if (server == null) {
      return new Target("jdbc:h2:mem:" + scenario.replaceAll("\\W", "_") + FRESH.incrementAndGet()
          + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
    return fresh(server, databaseName(scenario));
  }

  /**
   * The empty database of the same server where the oracle has Hibernate export the expected schema, or
   * {@code null} on H2, where the oracle makes its own.
   */
  public static Target expectedFor(String scenario) throws SQLException {
    DatabaseServer server = server();
    return server == null ? null : fresh(server, databaseName(scenario) + "_expected");
  }

  private static DatabaseServer server() {
    String url = System.getProperty("scenario.server", "");
    if (url.isBlank()) {
      return null;
    }
    DatabaseServer server = DatabaseServer.of(url.endsWith("/") ? url : url + "/",
        System.getProperty("scenario.user", ""), System.getProperty("scenario.password", ""));
    if (server == null) {
      throw new AssertionError("scenario.server=" + url + " is not a PostgreSQL, MariaDB or MySQL server URL"
          + " such as jdbc:postgresql://127.0.0.1:5432");
    }
    return server;
  }

  private static Target fresh(DatabaseServer server, String database) throws SQLException {
    server.recreate(database);
    return new Target(server.urlOf(database), server.user(), server.password());
  }

  private static String databaseName(String scenario) {
    return "sc_" + scenario.replaceAll("\\W", "_").toLowerCase(java.util.Locale.ROOT);
  }

  /** The database's name in a JDBC URL: h2, postgresql, mariadb, mysql... */
  public String kind() {
    String rest = url.substring("jdbc:".length());
    return rest.substring(0, rest.indexOf(':'));
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }
}
