package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Checks the database the migrations built, that both application versions can write between the expand and the
 * contract migration, and that no row either wrote is lost on the way.
 */
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
  @EnabledIfSystemProperty(named = "seed", matches = "insert")
  void v1WritesRows() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.executeUpdate("insert into customers (fullname, nickname, email) values ('Ada Lovelace', 'ada', 'ada@example.com')");
      s.executeUpdate("insert into Visit (id, customer_id, note) select 1, id, 'first' from customers");
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "seed", matches = "both-versions")
  void afterTheExpandBothVersionsWrite() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      // v1, still running during the roll-out, knows fullname, nickname and Visit
      s.executeUpdate("insert into customers (fullname, nickname, email) values ('Alan Turing', 'alan', null)");
      s.executeUpdate("insert into Visit (id, customer_id, note) "
          + "select 2, id, 'second' from customers where fullname = 'Alan Turing'");
      assertEquals("Ada Lovelace ada;Alan Turing alan;", rows("select fullname, nickname from customers order by fullname"));
      // v2 writes full_name and neither of the others
      s.executeUpdate("insert into customers (full_name, email) values ('Grace Hopper', 'grace@example.com')");
    }
    // the expand copied the rows that were there; the contract copies those v1 writes until it runs
    assertEquals("Ada Lovelace;Grace Hopper;null;",
        rows("select full_name from customers order by case when full_name is null then 1 else 0 end, full_name"));
  }

  @Test
  @EnabledIfSystemProperty(named = "seed", matches = "check-v2")
  void theContractKeepsTheRowsV1Wrote() throws Exception {
    assertEquals("Ada Lovelace ada@example.com;Alan Turing null;Grace Hopper grace@example.com;",
        rows("select full_name, email from customers order by full_name"));
  }

  @Test
  @EnabledIfSystemProperty(named = "seed", matches = "check-v1")
  void downgradeBringsTheOldNamesBackWithTheirValues() throws Exception {
    // the names come back from full_name; nickname comes back NOT NULL but empty: the contract dropped its values
    // (DESTRUCTIVE), so every row gets the zero of its type, as the down() says
    assertEquals("Ada Lovelace ;Alan Turing ;Grace Hopper ;",
        rows("select fullname, nickname from customers order by fullname"));
    assertEquals("0;", rows("select count(*) from Visit"));
  }

  private static String rows(String query) throws Exception {
    StringBuilder rows = new StringBuilder();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rows.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        rows.append(';');
      }
    }
    return rows.toString();
  }
}
