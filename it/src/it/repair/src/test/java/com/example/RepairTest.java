package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The user's side of a repair: undo by hand what the failed migration left, then check the end state. */
class RepairTest {

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"), System.getProperty("db.password", ""));
  }

  @Test
  @EnabledIfSystemProperty(named = "step", matches = "fix")
  void undoWhatTheFailedMigrationLeft() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      assertEquals("FAILED", single(s, "select status from jpa_migrations_history where revision = '20260101000001'"));
      assertEquals("3", single(s, "select failed_step from jpa_migrations_history where revision = '20260101000001'"));
      s.execute("alter table orders drop column shipment_id");
      s.execute("drop table shipment");
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "step", matches = "check")
  void bothMigrationsAreAppliedOnce() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      assertEquals("2", single(s, "select count(*) from jpa_migrations_history"));
      assertEquals("0", single(s, "select count(*) from jpa_migrations_history where status <> 'APPLIED'"));
      assertEquals("1", single(s, "select count(*) from shipment"));
      assertEquals("0", single(s, "select count(*) from orders where shipment_id is not null"));
    }
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
