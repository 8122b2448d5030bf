package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The steps of invoker.properties that look into the databases. */
class SquashTest {

  private static final String SERVER = System.getProperty("db.server");
  /** Applied the first two originals before the squash was written, then the rest of them. */
  private static final String HALF_WAY = SERVER + "/it_squash";
  /** Empty until step 4, which runs the squash there. */
  private static final String FRESH = SERVER + "/it_squash_fresh";
  private static final Path MIGRATIONS = Path.of("src/main/java/com/example/db/migrations");

  /** Both databases hold what Hibernate creates for the entities; then the originals are deleted, as users do. */
  @Test
  @EnabledIfSystemProperty(named = "check", matches = "both")
  void bothDatabasesMatchTheEntitiesWhicheverWayTheyCame() throws Exception {
    SchemaOracle.assertMatchesHibernate(HALF_WAY, Path.of("target/classes"));
    SchemaOracle.assertMatchesHibernate(FRESH, Path.of("target/classes"));
    assertEquals(List.of("20260101000001", "20260101000002", "20260101000003", "20260101000004"), rows(HALF_WAY));
    List<String> fresh = rows(FRESH);
    assertEquals(2, fresh.size(), "the fresh database ran the squash and the migration after it: " + fresh);
    assertTrue(fresh.contains("20260101000004") && !fresh.contains("20260101000001"), fresh.toString());

    for (String original : List.of("M20260101000001_CreateCustomer", "M20260101000002_AddEmail",
        "M20260101000003_CreatePurchaseOrder")) {
      Files.delete(MIGRATIONS.resolve(original + ".java"));
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "check", matches = "empty")
  void downgradingTheSquashClearsTheRowsOfTheOriginals() throws Exception {
    SchemaOracle.assertOnlyHistoryTable(HALF_WAY);
    assertEquals(List.of(), rows(HALF_WAY));
  }

  private static List<String> rows(String url) throws Exception {
    List<String> revisions = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, System.getProperty("db.user"),
            System.getProperty("db.password", ""));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select revision from jpa_migrations_history where revision <> '(lock)'"
            + " order by revision")) {
      while (rs.next()) {
        revisions.add(rs.getString(1));
      }
    }
    return revisions;
  }
}
