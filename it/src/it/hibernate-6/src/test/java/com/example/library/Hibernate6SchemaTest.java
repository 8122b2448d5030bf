package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.hibernate.Version;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.junit.jupiter.api.Test;

/** The oracle here runs the project's own Hibernate 6.6: the migrations must build what it creates. */
class Hibernate6SchemaTest {

  @Test
  void theOracleIsHibernate6() {
    assertTrue(Version.getVersionString().startsWith("6.6."), Version.getVersionString());
  }

  @Test
  void databaseEqualsHibernate6SchemaExport() throws Exception {
    SchemaOracle.assertMatchesHibernate(System.getProperty("db.url"), Path.of("target/classes"));
  }

  @Test
  void beanValidationShapesTheColumnAsIn66() throws Exception {
    try (Connection connection = DriverManager.getConnection(
        System.getProperty("db.url"), System.getProperty("db.user"), System.getProperty("db.password"));
        ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null, "%", "%")) {
      String country = null;
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase("author") && rs.getString("COLUMN_NAME").equalsIgnoreCase("country")) {
          country = rs.getString("IS_NULLABLE") + " " + rs.getInt("COLUMN_SIZE");
        }
      }
      assertEquals("NO 60", country, "@NotBlank @Size(max = 60)");
    }
  }
}
