package org.jpamigrations.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What JDBC metadata says of some tables: enough to tell whether two databases hold the same
 * schema. Names are lower-cased; names the database makes up (primary key and foreign key indexes)
 * are left out, and H2's {@code _INDEX_n} suffix of constraint indexes is cut.
 */
record SchemaSnapshot(Map<String, TableSnapshot> tables) {

  record TableSnapshot(
      Map<String, String> columns, List<String> primaryKey, TreeSet<String> indexes, TreeSet<String> foreignKeys) {}

  static SchemaSnapshot of(Connection connection, String schema, List<String> tableNames) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Map<String, TableSnapshot> tables = new TreeMap<>();
    for (String name : tableNames) {
      String table = meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
      String catalog = isMySql(meta) ? schema : null;
      String schemaPattern = isMySql(meta) ? null : schema;
      tables.put(name, new TableSnapshot(
          columns(meta, catalog, schemaPattern, table),
          primaryKey(meta, catalog, schemaPattern, table),
          indexes(meta, catalog, schemaPattern, table),
          foreignKeys(meta, catalog, schemaPattern, table)));
    }
    return new SchemaSnapshot(tables);
  }

  private static boolean isMySql(DatabaseMetaData meta) throws SQLException {
    String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb");
  }

  private static Map<String, String> columns(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<String, String> columns = new TreeMap<>();
    try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
      while (rs.next()) {
        String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
            + "(" + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ")"
            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : " null")
            + ("YES".equals(rs.getString("IS_AUTOINCREMENT")) ? " identity" : "")
            + (rs.getString("COLUMN_DEF") == null ? "" : " default " + rs.getString("COLUMN_DEF"));
        columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), type);
      }
    }
    return columns;
  }

  private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<Integer, String> columns = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
      while (rs.next()) {
        columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return new ArrayList<>(columns.values());
  }

  private static TreeSet<String> indexes(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null || rs.getString("COLUMN_NAME") == null) {
          continue;
        }
        name = name.toLowerCase(Locale.ROOT).replaceFirst("_index_[0-9a-f]+$", "");
        columns.computeIfAbsent(name, n -> new TreeMap<>())
            .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        unique.put(name, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    TreeSet<String> indexes = new TreeSet<>();
    columns.forEach((name, cols) -> {
      // only the names the mapping chose; the database names primary key and foreign key indexes itself
      String shown = name.startsWith("idx_") || name.startsWith("uk_") ? name : "*";
      indexes.add(shown + (unique.get(name) ? " unique " : " ") + cols.values());
    });
    return indexes;
  }

  private static TreeSet<String> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<String, List<String>> keys = new TreeMap<>();
    try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
      while (rs.next()) {
        keys.computeIfAbsent(rs.getString("FK_NAME").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + "->"
                + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "."
                + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " delete rule " + rs.getInt("DELETE_RULE"));
      }
    }
    TreeSet<String> foreignKeys = new TreeSet<>();
    keys.forEach((name, cols) -> foreignKeys.add(name + " " + cols));
    return foreignKeys;
  }
}
