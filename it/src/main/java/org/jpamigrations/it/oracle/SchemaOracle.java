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

  /**
   * As {@link #assertMatchesHibernate(String, Path)}, for entities with tables in other schemas:
   * Hibernate's export creates the schemas, and their tables are compared too.
   */
  public static void assertMatchesHibernate(String migratedUrl, Path classesDirectory, Set<String> otherSchemas)
      throws SQLException {
    assertMatchesHibernate(migratedUrl, classesDirectory, otherSchemas, Map.of());
  }

  /** As {@link #assertMatchesHibernate(String, Path, Set)}, for an application that runs Hibernate with these settings. */
  public static void assertMatchesHibernate(
      String migratedUrl, Path classesDirectory, Set<String> otherSchemas, Map<String, String> settings)
      throws SQLException {
    String expectedUrl = "jdbc:h2:mem:expected" + FRESH.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    SchemaSnapshot expected;
    try (Connection c = DriverManager.getConnection(expectedUrl, "sa", "")) {
      HibernateExport.create(classesDirectory, expectedUrl, "sa", "", settings);
      expected = SchemaSnapshot.read(c, Set.of(), otherSchemas);
      c.createStatement().execute("drop all objects");
    }
    SchemaSnapshot actual;
    try (Connection c = DriverManager.getConnection(migratedUrl, "sa", "")) {
      actual = SchemaSnapshot.read(c, Set.of(HISTORY_TABLE), otherSchemas);
    }
    assertEquals(List.of(), expected.differences(actual),
        "The migrated database differs from Hibernate's schema export of the same entities");
  }

  /** Asserts that nothing but the history table is left, in the current schema, and no other schema. */
  public static void assertOnlyHistoryTable(String migratedUrl, Set<String> otherSchemas) throws SQLException {
    try (Connection c = DriverManager.getConnection(migratedUrl, "sa", "")) {
      assertOnlyHistoryTable(c, otherSchemas);
    }
  }

  /**
   * For any database: Hibernate's export creates the entities' schema in the expected database (an
   * empty one of the same kind as the migrated one), other schemas included, which is compared with
   * the migrated database and dropped again by Hibernate.
   */
  public static void assertMatchesHibernate(Connection migrated, String expectedUrl, String expectedUser,
      String expectedPassword, Path classesDirectory, Set<String> otherSchemas) throws SQLException {
    assertMatchesHibernate(migrated, expectedUrl, expectedUser, expectedPassword, classesDirectory, otherSchemas,
        Map.of());
  }

  /** As the method above, for an application that runs Hibernate with these settings. */
  public static void assertMatchesHibernate(Connection migrated, String expectedUrl, String expectedUser,
      String expectedPassword, Path classesDirectory, Set<String> otherSchemas, Map<String, String> settings)
      throws SQLException {
    SchemaSnapshot expected;
    HibernateExport.create(classesDirectory, expectedUrl, expectedUser, expectedPassword, settings);
    try (Connection c = DriverManager.getConnection(expectedUrl, expectedUser, expectedPassword)) {
      expected = SchemaSnapshot.read(c, Set.of(), otherSchemas);
    } finally {
      HibernateExport.drop(classesDirectory, expectedUrl, expectedUser, expectedPassword, settings);
    }
    assertEquals(List.of(), expected.differences(SchemaSnapshot.read(migrated, Set.of(HISTORY_TABLE), otherSchemas)),
        "The migrated database differs from Hibernate's schema export of the same entities");
  }

  /**
   * Asserts that nothing but the history table is left on the connection, in its schema and the other
   * ones, and that the other schemas are gone: the migrations created them, so going back to base drops them.
   */
  public static void assertOnlyHistoryTable(Connection migrated, Set<String> otherSchemas) throws SQLException {
    assertOnlyHistoryTable(migrated, otherSchemas, Set.of());
  }

  /**
   * As {@link #assertOnlyHistoryTable(Connection, Set)}, where some of the other schemas existed before the
   * migrations ran: on MySQL and MariaDB a schema is a database of the whole server, which other runs may have
   * made. Those may stay; their tables may not.
   */
  public static void assertOnlyHistoryTable(Connection migrated, Set<String> otherSchemas, Set<String> existedBefore)
      throws SQLException {
    assertEquals(Set.of(), SchemaSnapshot.read(migrated, Set.of(HISTORY_TABLE), otherSchemas).tables().keySet(),
        "tables left besides " + HISTORY_TABLE);
    Set<String> left = new java.util.TreeSet<>(SchemaSnapshot.existingSchemas(migrated, otherSchemas));
    left.removeIf(schema -> existedBefore.stream().anyMatch(schema::equalsIgnoreCase));
    assertEquals(Set.of(), left, "schemas left behind");
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
