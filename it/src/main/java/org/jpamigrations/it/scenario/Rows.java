package org.jpamigrations.it.scenario;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rows of every table, as text, read to check that a migration step keeps the data it should
 * keep: the rows of tables present before and after, on the columns present before and after.
 */
record Rows(Map<String, List<Map<String, String>>> tables) {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

  static Rows read(Connection connection, String historyTable) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String quote = meta.getIdentifierQuoteString().strip();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.equalsIgnoreCase(historyTable)) {
          names.add(name);
        }
      }
    }
    Map<String, List<Map<String, String>>> tables = new TreeMap<>();
    for (String name : names) {
      List<Map<String, String>> rows = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("select * from " + quote + name + quote)) {
        ResultSetMetaData columns = rs.getMetaData();
        while (rs.next()) {
          Map<String, String> row = new TreeMap<>();
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            row.put(columns.getColumnLabel(i), normalized(rs.getString(i)));
          }
          rows.add(row);
        }
      }
      tables.put(name, rows);
    }
    return new Rows(tables);
  }

  /** A decimal keeps its value when a migration changes its scale: compare 0.25 and 0.250 as equal. */
  private static String normalized(String value) {
    if (value != null && DECIMAL.matcher(value).matches()) {
      return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }
    return value;
  }

  int count() {
    return tables.values().stream().mapToInt(List::size).sum();
  }

  /** What of this (earlier) data is not in the later data: one line per table that lost or changed rows. */
  List<String> lostIn(Rows later) {
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, String>>> table : tables.entrySet()) {
      List<Map<String, String>> after = later.tables.get(table.getKey());
      if (after == null || table.getValue().isEmpty()) {
        continue;
      }
      Set<String> common = new TreeSet<>(table.getValue().get(0).keySet());
      if (!after.isEmpty()) {
        common.retainAll(after.get(0).keySet());
      }
      List<String> expected = project(table.getValue(), common);
      List<String> actual = project(after, common);
      if (!expected.equals(actual)) {
        lost.add(table.getKey() + ": expected rows " + expected + " but found " + actual);
      }
    }
    return lost;
  }

  private static List<String> project(List<Map<String, String>> rows, Set<String> columns) {
    List<String> out = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, String> kept = new TreeMap<>(row);
      for (Iterator<String> it = kept.keySet().iterator(); it.hasNext(); ) {
        if (!columns.contains(it.next())) {
          it.remove();
        }
      }
      out.add(kept.toString());
    }
    out.sort(null);
    return out;
  }
}
