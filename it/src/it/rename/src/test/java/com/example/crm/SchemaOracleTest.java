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

/** Checks the database the migrations built, and that renamed tables and columns kept their rows. */
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
  void insertRows() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.executeUpdate("insert into customers (fullname, email) values ('Ada Lovelace', 'ada@example.com')");
      s.executeUpdate("insert into customers (fullname, email) values ('Alan Turing', null)");
      s.executeUpdate("insert into Ticket (id, customer_id, text) "
          + "select 1, id, 'printer on fire' from customers where fullname = 'Ada Lovelace'");
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "seed", matches = "check-v2")
  void rowsAreKeptUnderTheNewNames() throws Exception {
    assertEquals("Ada Lovelace ada@example.com;Alan Turing unknown;",
        rows("select full_name, email from client order by full_name"));
    // the foreign key follows the renamed table; priority got its default; body is new (text was dropped)
    assertEquals("Ada Lovelace 3 null;",
        rows("select c.full_name, t.priority, t.body from Ticket t join client c on c.id = t.customer_id"));
  }

  @Test
  @EnabledIfSystemProperty(named = "seed", matches = "check-v1")
  void downgradeRenamesBack() throws Exception {
    assertEquals("Ada Lovelace ada@example.com;Alan Turing unknown;",
        rows("select fullname, email from customers order by fullname"));
    assertEquals("Ada Lovelace;", rows("select c.fullname from Ticket t join customers c on c.id = t.customer_id"));
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
