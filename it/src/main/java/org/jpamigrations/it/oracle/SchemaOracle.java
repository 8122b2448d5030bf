package org.jpamigrations.it.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The oracle of the integration tests: the database the migrations built must equal, through
 * {@code DatabaseMetaData}, the database Hibernate's own schema export builds for the same entities, on
 * the same kind of server (an in-memory H2 database for H2, a scratch database of the same PostgreSQL
 * or MariaDB server otherwise). The credentials come from the system properties {@code db.user} and
 * {@code db.password} (default: H2's {@code sa} with no password).
 */
public final class SchemaOracle {

  public static final String HISTORY_TABLE = "jpa_migrations_history";

  private static final AtomicInteger FRESH = new AtomicInteger();

  private SchemaOracle() {}

  /** Asserts that the migrated database has exactly the schema Hibernate exports for the entities. */
  public static void assertMatchesHibernate(String migratedUrl, Path classesDirectory) throws SQLException {
    assertMatchesHibernate(migratedUrl, classesDirectory, Map.of());
  }

  /** As {@link #assertMatchesHibernate(String, Path)}, for an application that runs Hibernate with these settings. */
  public static void assertMatchesHibernate(String migratedUrl, Path classesDirectory, Map<String, String> settings)
      throws SQLException {
    SchemaSnapshot expected = expected(migratedUrl, classesDirectory, settings);
    SchemaSnapshot actual = snapshot(migratedUrl);
    List<String> differences = expected.differences(actual);
    assertEquals(List.of(), differences,
        "The migrated database differs from Hibernate's schema export of the same entities");
  }

  /** Asserts that nothing but the history table is left. */
  public static void assertOnlyHistoryTable(String migratedUrl) throws SQLException {
    assertEquals(Set.of(), snapshot(migratedUrl).tables().keySet(), "tables left besides " + HISTORY_TABLE);
  }

  /** Hibernate's export into a fresh, empty database of the migrated one's server, read and dropped again. */
  private static SchemaSnapshot expected(String migratedUrl, Path classesDirectory, Map<String, String> settings)
      throws SQLException {
    DatabaseServer server = DatabaseServer.of(migratedUrl, user(), password());
    if (server == null) {
      String url = "jdbc:h2:mem:expected" + FRESH.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
      HibernateExport.create(classesDirectory, url, user(), password(), settings);
      try (Connection c = DriverManager.getConnection(url, user(), password())) {
        SchemaSnapshot snapshot = SchemaSnapshot.read(c, Set.of());
        c.createStatement().execute("drop all objects");
        return snapshot;
      }
    }
    String scratch = server.database() + "_expected";
    server.recreate(scratch);
    try {
      HibernateExport.create(classesDirectory, server.urlOf(scratch), user(), password(), settings);
      try (Connection c = server.connect(server.urlOf(scratch))) {
        return SchemaSnapshot.read(c, Set.of());
      }
    } finally {
      server.drop(scratch);
    }
  }

  private static SchemaSnapshot snapshot(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password())) {
      return SchemaSnapshot.read(c, Set.of(HISTORY_TABLE));
    }
  }

  private static String user() {
    return System.getProperty("db.user", "sa");
  }

  private static String password() {
    return System.getProperty("db.password", "");
  }
}
