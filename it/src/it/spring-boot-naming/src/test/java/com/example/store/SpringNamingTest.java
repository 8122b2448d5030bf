package com.example.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.junit.jupiter.api.Test;

/** The migrated database has Spring Boot's names, and equals what Hibernate creates with Spring Boot's settings. */
class SpringNamingTest {

  private static final String URL = System.getProperty("db.url");

  @Test
  void namesAreSpringBoots() throws Exception {
    try (Connection c = DriverManager.getConnection(URL, System.getProperty("db.user"),
        System.getProperty("db.password", ""))) {
      assertTrue(column(c, unquoted(c, "customer"), unquoted(c, "full_name")), "customer.full_name");
      assertTrue(column(c, unquoted(c, "customer"), unquoted(c, "email_address")), "customer.email_address");
      assertTrue(column(c, "Order", unquoted(c, "placed_by_id")),
          "\"Order\".placed_by_id: the keyword table is quoted and keeps its case");
    }
  }

  @Test
  void databaseEqualsHibernateSchemaExportWithSpringBootSettings() throws Exception {
    SchemaOracle.assertMatchesHibernate(URL, Path.of("target/classes"), Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        "hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
        "hibernate.auto_quote_keyword", "true"));
  }

  /** An unquoted name as the database stores it: H2 folds it to upper case, PostgreSQL to lower case. */
  private static String unquoted(Connection c, String name) throws Exception {
    return c.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static boolean column(Connection c, String table, String column) throws Exception {
    try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, column)) {
      return rs.next();
    }
  }
}
