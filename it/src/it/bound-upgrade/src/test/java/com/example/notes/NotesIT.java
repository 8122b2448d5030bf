package com.example.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Runs after migrations:upgrade, bound to pre-integration-test, has migrated the database. */
class NotesIT {

  @Test
  void theDatabaseIsMigrated() throws Exception {
    try (Connection c = DriverManager.getConnection(System.getProperty("db.url"),
        System.getProperty("db.user"), System.getProperty("db.password", ""));
        Statement s = c.createStatement()) {
      s.executeUpdate("insert into Note (title, body) values ('first', 'hello')");
      try (ResultSet rs = s.executeQuery("select count(*) from Note")) {
        rs.next();
        assertEquals(1, rs.getInt(1));
      }
      try (ResultSet rs = s.executeQuery("select count(*) from jpa_migrations_history")) {
        rs.next();
        assertEquals(1, rs.getInt(1));
      }
    }
  }
}
