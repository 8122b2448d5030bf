package com.example.club;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator is on this class path, so the oracle's own Hibernate export applies Bean
 * Validation's constraints: the migrated database must have them too.
 */
class BeanValidationSchemaTest {

  @Test
  void databaseEqualsHibernateSchemaExportWithBeanValidation() throws Exception {
    SchemaOracle.assertMatchesHibernate(System.getProperty("db.url"), Path.of("target/classes"));
  }

  @Test
  void theConstraintsShapeTheColumns() throws Exception {
    try (Connection connection = DriverManager.getConnection(
        System.getProperty("db.url"), System.getProperty("db.user"), System.getProperty("db.password"))) {
      assertEquals("NO 40", column(connection, "member", "nickname"), "@NotBlank @Size(max = 40)");
      assertEquals("NO 255", column(connection, "member", "email"), "@NotEmpty");
      assertEquals("YES 80", column(connection, "member", "city"), "@Size(max = 80)");
      assertEquals("YES 255", column(connection, "team", "sport"), "@NotNull in a single-table subclass");
    }
  }

  /** Whether the column is nullable, and its size, found whatever case the database keeps names in. */
  private static String column(Connection connection, String table, String column) throws Exception {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, "%", "%")) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table) && rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
          return rs.getString("IS_NULLABLE") + " " + rs.getInt("COLUMN_SIZE");
        }
      }
    }
    throw new AssertionError("No column " + table + "." + column);
  }
}
