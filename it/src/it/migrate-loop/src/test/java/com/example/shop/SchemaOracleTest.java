package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Checks the database the migrations built, step by step of invoker.properties. */
class SchemaOracleTest {

  private static final String URL = System.getProperty("db.url");

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(URL, System.getProperty("db.user"), System.getProperty("db.password", ""));
  }

  @Test
  @EnabledIfSystemProperty(named = "oracle.expect", matches = "model")
  void databaseEqualsHibernateSchemaExport() throws Exception {
    SchemaOracle.assertMatchesHibernate(URL, Path.of("target/classes"));
  }

  @Test
  @EnabledIfSystemProperty(named = "oracle.expect", matches = "empty")
  void onlyTheHistoryTableIsLeft() throws Exception {
    SchemaOracle.assertOnlyHistoryTable(URL);
  }

  @Test
  @EnabledIfSystemProperty(named = "seed", matches = "insert")
  void insertRows() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.executeUpdate("insert into Customer (name, email, active) values ('Ada', 'ada@example.com', true)");
      s.executeUpdate("insert into Customer (name, email, active) values ('Alan', 'alan@example.com', false)");
      s.executeUpdate("insert into PurchaseOrder (id, customer_id, total, note) "
          + "select 1, id, 12.50, 'first' from Customer where name = 'Ada'");
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "seed", matches = "check")
  void rowsSurviveEveryNonDestructiveStep() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select name, email from Customer order by name")) {
      StringBuilder rows = new StringBuilder();
      while (rs.next()) {
        rows.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(';');
      }
      assertEquals("Ada ada@example.com;Alan alan@example.com;", rows.toString());
    }
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select total from PurchaseOrder where id = 1")) {
      rs.next();
      assertEquals(0, new java.math.BigDecimal("12.50").compareTo(rs.getBigDecimal(1)));
    }
  }
}
