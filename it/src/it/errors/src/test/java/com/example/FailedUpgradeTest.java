package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** After the failing migration: the migration before it is applied and recorded, nothing of the failing one. */
class FailedUpgradeTest {

  @Test
  @EnabledIfSystemProperty(named = "oracle.expect", matches = "failed")
  void failingMigrationLeftNothingBehind() throws Exception {
    try (Connection c = DriverManager.getConnection(System.getProperty("db.url"),
        System.getProperty("db.user"), System.getProperty("db.password", ""));
        Statement s = c.createStatement()) {
      assertEquals("0", single(s, "select count(*) from audit"));
      assertEquals("20260101000000", single(s, "select max(revision) from jpa_migrations_history"));
      assertEquals("1", single(s, "select count(*) from jpa_migrations_history"));
    }
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
