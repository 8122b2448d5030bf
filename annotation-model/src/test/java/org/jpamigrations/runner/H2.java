package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh in-memory H2 database per test. */
public final class H2 {

  private H2() {}

  public static Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  /** Closes the database and frees its memory. */
  public static void shutdown(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("shutdown");
    }
    connection.close();
  }

  public static boolean hasTable(Connection connection, String table) throws SQLException {
    try (ResultSet rows = connection.getMetaData().getTables(null, null, table.toUpperCase(), null)) {
      return rows.next();
    }
  }

  public static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
    try (ResultSet rows = connection.getMetaData()
        .getColumns(null, null, table.toUpperCase(), column.toUpperCase())) {
      return rows.next();
    }
  }

  public static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
