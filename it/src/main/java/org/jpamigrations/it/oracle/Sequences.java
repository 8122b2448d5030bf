package org.jpamigrations.it.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sequences of a schema with their start and increment, which {@code DatabaseMetaData} does not
 * report: H2 and PostgreSQL list them in {@code information_schema.sequences}; MariaDB keeps each in
 * a table of type {@code SEQUENCE} whose one row holds them.
 */
final class Sequences {

  private Sequences() {}

  /** Sequence name to {@code start=<n> increment=<n>}; none on a database not known here. */
  static Map<String, String> read(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    Map<String, String> sequences = new TreeMap<>();
    if (product.contains("h2") || product.contains("postgres")) {
      String sql = "select sequence_name, start_value, increment from information_schema.sequences"
          + " where sequence_schema = ?";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, connection.getSchema());
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            sequences.put(rs.getString(1), describe(rs.getString(2), rs.getString(3)));
          }
        }
      }
    } else if (product.contains("mariadb")) {
      List<String> names = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("select table_name from information_schema.tables"
          + " where table_schema = ? and table_type = 'SEQUENCE'")) {
        statement.setString(1, connection.getCatalog());
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            names.add(rs.getString(1));
          }
        }
      }
      try (Statement statement = connection.createStatement()) {
        for (String name : names) {
          try (ResultSet rs = statement.executeQuery("select start_value, increment from `" + name + "`")) {
            rs.next();
            sequences.put(name, describe(rs.getString(1), rs.getString(2)));
          }
        }
      }
    }
    return sequences;
  }

  private static String describe(String start, String increment) {
    return "start=" + start + " increment=" + increment;
  }
}
