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
 * {@code DatabaseMetaData}, the database Hibernate's own schema export builds for the same entities.
 */
public final class SchemaOracle {

  public static final String HISTORY_TABLE = "jpa_migrations_history";

  private static final AtomicInteger FRESH = new AtomicInteger();

  private SchemaOracle() {}

  /** Asserts that the migrated H2 database has exactly the schema Hibernate exports for the entities. */
  public static void assertMatchesHibernate(String migratedUrl, Path classesDirectory) throws SQLException {
    assertMatchesHibernate(migratedUrl, classesDirectory, Map.of());
  }

  /** As {@link #assertMatchesHibernate(String, Path)}, for an application that runs Hibernate with these settings. */
  public static void assertMatchesHibernate(String migratedUrl, Path classesDirectory, Map<String, String> settings)
      throws SQLException {
    String expectedUrl = "jdbc:h2:mem:expected" + FRESH.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    HibernateExport.create(classesDirectory, expectedUrl, "sa", "", settings);
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

  private static SchemaSnapshot snapshot(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      return SchemaSnapshot.read(c, Set.of(HISTORY_TABLE));
    }
  }
}
