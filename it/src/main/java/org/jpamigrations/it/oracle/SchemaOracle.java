package org.jpamigrations.it.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The oracle of the integration tests: the database the migrations built must equal, through
 * {@code DatabaseMetaData}, the database Hibernate's own schema export builds for the same entities.
 */
public final class SchemaOracle {

  public static final String HISTORY_TABLE = "jpa_migrations_history";

  private static final AtomicInteger FRESH = new AtomicInteger();

  private SchemaOracle() {}

  /** Asserts that the migrated H2 database has exactly the schema Hibernate exports for the entities. */
  public static void assertMatchesHibernate(String migratedUrl, Path classesDirectory) throws SQLException {
    String expectedUrl = "jdbc:h2:mem:expected" + FRESH.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    HibernateExport.create(classesDirectory, expectedUrl, "sa", "");
    SchemaSnapshot expected;
    try (Connection c = DriverManager.getConnection(expectedUrl, "sa", "")) {
      expected = SchemaSnapshot.read(c, Set.of());
      c.createStatement().execute("drop all objects");
    }
    SchemaSnapshot actual = snapshot(migratedUrl);
    List<String> differences = expected.differences(actual);
    assertEquals(List.of(), differences,
        "The migrated database differs from Hibernate's schema export of the same entities");
  }

  /** Asserts that nothing but the history table is left. */
  public static void assertOnlyHistoryTable(String migratedUrl) throws SQLException {
    assertEquals(Set.of(), snapshot(migratedUrl).tables().keySet(), "tables left besides " + HISTORY_TABLE);
  }

  /**
   * As {@link #assertMatchesHibernate(String, Path)}, for entities with tables in other schemas: the
   * schemas are created before Hibernate's export (which, as configured by default, does not create
   * them) and their tables compared too.
   */
  public static void assertMatchesHibernate(String migratedUrl, Path classesDirectory, Set<String> otherSchemas)
      throws SQLException {
    String expectedUrl = "jdbc:h2:mem:expected" + FRESH.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    SchemaSnapshot expected;
    try (Connection c = DriverManager.getConnection(expectedUrl, "sa", "")) {
      for (String schema : otherSchemas) {
        c.createStatement().execute("create schema " + schema);
      }
      HibernateExport.create(classesDirectory, expectedUrl, "sa", "");
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

  /** Asserts that nothing but the history table is left, in the current schema and the other ones. */
  public static void assertOnlyHistoryTable(String migratedUrl, Set<String> otherSchemas) throws SQLException {
    try (Connection c = DriverManager.getConnection(migratedUrl, "sa", "")) {
      assertEquals(Set.of(), SchemaSnapshot.read(c, Set.of(HISTORY_TABLE), otherSchemas).tables().keySet(),
          "tables left besides " + HISTORY_TABLE);
    }
  }

  /**
   * For any database: Hibernate's export creates the entities' schema in the expected database (an
   * empty one of the same kind as the migrated one, where the other schemas are created first), which
   * is compared with the migrated database and dropped again by Hibernate.
   */
  public static void assertMatchesHibernate(Connection migrated, String expectedUrl, String expectedUser,
      String expectedPassword, Path classesDirectory, Set<String> otherSchemas) throws SQLException {
    SchemaSnapshot expected;
    try (Connection c = DriverManager.getConnection(expectedUrl, expectedUser, expectedPassword)) {
      for (String schema : otherSchemas) {
        c.createStatement().execute("create schema if not exists " + schema);
      }
    }
    HibernateExport.create(classesDirectory, expectedUrl, expectedUser, expectedPassword);
    try (Connection c = DriverManager.getConnection(expectedUrl, expectedUser, expectedPassword)) {
      expected = SchemaSnapshot.read(c, Set.of(), otherSchemas);
    } finally {
      HibernateExport.drop(classesDirectory, expectedUrl, expectedUser, expectedPassword);
    }
    assertEquals(List.of(), expected.differences(SchemaSnapshot.read(migrated, Set.of(HISTORY_TABLE), otherSchemas)),
        "The migrated database differs from Hibernate's schema export of the same entities");
  }

  /** Asserts that nothing but the history table is left on the connection, in its schema and the other ones. */
  public static void assertOnlyHistoryTable(Connection migrated, Set<String> otherSchemas) throws SQLException {
    assertEquals(Set.of(), SchemaSnapshot.read(migrated, Set.of(HISTORY_TABLE), otherSchemas).tables().keySet(),
        "tables left besides " + HISTORY_TABLE);
  }

  private static SchemaSnapshot snapshot(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      return SchemaSnapshot.read(c, Set.of(HISTORY_TABLE));
    }
  }
}
