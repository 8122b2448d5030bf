package org.jpamigrations.it.oracle;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a database's own metadata says about its tables, read through {@link DatabaseMetaData}:
 * columns (type name, size, digits, nullability, default, auto increment), primary keys, foreign
 * keys, and indexes (which include the ones backing unique constraints) with each column's sort order;
 * the comments of tables and columns; and check constraints and sequences, which only the database's
 * catalog holds (see {@link CheckConstraints} and {@link Sequences}). Names that the database
 * makes up (for primary keys and for the indexes behind constraints) are left out, since two
 * databases built in a different order number them differently.
 *
 * <p>Deliberately independent of the migration model: the oracle must not share the code it checks.
 */
public record SchemaSnapshot(Map<String, TableSnapshot> tables, Map<String, String> sequences) {

  /**
   * Index names a database generates by itself (H2, PostgreSQL, MySQL), and the ones Hibernate makes up
   * for a unique key ({@code UK} and a hash): for a unique column, Hibernate's export declares the
   * constraint inline and leaves its name to the server, where a migration names it as Hibernate would.
   */
  private static final Pattern GENERATED_INDEX = Pattern.compile(
      "(?i)(PRIMARY_KEY_.*|PRIMARY|.*_INDEX_[0-9A-F]+|.*_pkey|.*_key|CONSTRAINT_.*|SQL\\d+.*|UK[0-9a-z]{20,30})");

  public record TableSnapshot(
      Map<String, String> columns, List<String> primaryKey, Set<String> foreignKeys, Set<String> indexes,
      Set<String> checks, String comment) {}

  /** Tables alone, without sequences. */
  public SchemaSnapshot(Map<String, TableSnapshot> tables) {
    this(tables, Map.of());
  }

  /** Reads every table of the connection's current schema, except the excluded ones (compared ignoring case). */
  public static SchemaSnapshot read(Connection connection, Set<String> excludedTables) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    Map<String, TableSnapshot> tables = new TreeMap<>();
    for (Map.Entry<String, String> table : tableComments(meta, catalog, schema).entrySet()) {
      if (excludedTables.stream().anyMatch(t -> t.equalsIgnoreCase(table.getKey()))) {
        continue;
      }
      tables.put(table.getKey(), table(connection, catalog, schema, table.getKey(), table.getValue()));
    }
    return new SchemaSnapshot(tables, Sequences.read(connection));
  }

  /**
   * Reads the current schema as {@link #read(Connection, Set)} does, and the tables of the other
   * schemas too, named {@code schema.table} (the schemas found ignoring case).
   */
  public static SchemaSnapshot read(Connection connection, Set<String> excludedTables, Set<String> otherSchemas)
      throws SQLException {
    SchemaSnapshot current = read(connection, excludedTables);
    Map<String, TableSnapshot> tables = new TreeMap<>(current.tables());
    DatabaseMetaData meta = connection.getMetaData();
    String catalog = connection.getCatalog();
    List<String> schemas = new ArrayList<>();
    try (ResultSet rs = meta.getSchemas()) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (otherSchemas.stream().anyMatch(schema::equalsIgnoreCase)) {
          schemas.add(schema);
        }
      }
    }
    for (String schema : schemas) {
      for (Map.Entry<String, String> table : tableComments(meta, catalog, schema).entrySet()) {
        tables.put(schema + "." + table.getKey(), table(connection, catalog, schema, table.getKey(), table.getValue()));
      }
    }
    return new SchemaSnapshot(tables, current.sequences());
  }

  /** The tables of the schema, each with its comment ({@code REMARKS}), by name. */
  private static Map<String, String> tableComments(DatabaseMetaData meta, String catalog, String schema)
      throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
      }
    }
    return tables;
  }

  private static TableSnapshot table(Connection connection, String catalog, String schema, String table,
      String comment) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Map<String, String> columns = columns(meta, catalog, schema, table);
    return new TableSnapshot(columns, primaryKey(meta, catalog, schema, table), foreignKeys(meta, catalog, schema, table),
        indexes(meta, catalog, schema, table), CheckConstraints.read(connection, schema, table, columns.keySet()),
        blankAsNull(comment));
  }

  /** No comment reads as null on some databases and as an empty text on others. */
  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** Those of the named schemas (or catalogs, where the database has no schemas) that exist, ignoring case. */
  public static Set<String> existingSchemas(Connection connection, Set<String> names) throws SQLException {
    Set<String> found = new TreeSet<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet schemas = meta.getSchemas(); ResultSet catalogs = meta.getCatalogs()) {
      addNamed(schemas, "TABLE_SCHEM", names, found);
      addNamed(catalogs, "TABLE_CAT", names, found);
    }
    return found;
  }

  private static void addNamed(ResultSet rows, String column, Set<String> names, Set<String> found)
      throws SQLException {
    while (rows.next()) {
      String name = rows.getString(column);
      if (names.stream().anyMatch(name::equalsIgnoreCase)) {
        found.add(name);
      }
    }
  }

  private static Map<String, String> columns(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<String, String> columns = new TreeMap<>();
    try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
      while (rs.next()) {
        String def = rs.getString("COLUMN_DEF");
        String remarks = blankAsNull(rs.getString("REMARKS"));
        columns.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
            + " size=" + rs.getInt("COLUMN_SIZE")
            + " digits=" + rs.getInt("DECIMAL_DIGITS")
            + " nullable=" + rs.getString("IS_NULLABLE")
            + " autoincrement=" + rs.getString("IS_AUTOINCREMENT")
            + " generated=" + rs.getString("IS_GENERATEDCOLUMN")
            + (def == null ? "" : " default=" + def)
            + (remarks == null ? "" : " comment=" + remarks));
      }
    }
    return columns;
  }

  private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<Integer, String> columns = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
      while (rs.next()) {
        columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(columns.values());
  }

  private static Set<String> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> keys = new TreeMap<>();
    Map<String, String> targets = new TreeMap<>();
    try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
      while (rs.next()) {
        String name = rs.getString("FK_NAME");
        keys.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
            rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKCOLUMN_NAME"));
        targets.put(name, rs.getString("PKTABLE_NAME") + " on delete " + rule(rs.getShort("DELETE_RULE")));
      }
    }
    Set<String> result = new TreeSet<>();
    keys.forEach((name, columns) -> result.add(name + " " + columns.values() + " " + targets.get(name)));
    return result;
  }

  private static String rule(short rule) {
    switch (rule) {
      case DatabaseMetaData.importedKeyCascade:
        return "cascade";
      case DatabaseMetaData.importedKeySetNull:
        return "set null";
      case DatabaseMetaData.importedKeySetDefault:
        return "set default";
      default:
        return "no action";
    }
  }

  private static Set<String> indexes(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
          continue;
        }
        columns.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"),
            rs.getString("COLUMN_NAME") + ("D".equals(rs.getString("ASC_OR_DESC")) ? " desc" : ""));
        unique.put(name, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    Set<String> result = new TreeSet<>();
    columns.forEach((name, cols) -> result.add((unique.get(name) ? "unique " : "")
        + (generated(name, cols.firstEntry().getValue().replaceFirst(" desc$", "")) ? "" : name + " ") + cols.values()));
    return result;
  }

  /** MySQL and MariaDB name an unnamed index after its first column, numbered when that name is taken. */
  private static boolean generated(String index, String firstColumn) {
    return GENERATED_INDEX.matcher(index).matches()
        || index.toLowerCase(Locale.ROOT).matches(Pattern.quote(firstColumn.toLowerCase(Locale.ROOT)) + "(_\\d+)?");
  }

  /** Every difference between this (expected) snapshot and the actual one, one readable line each. */
  public List<String> differences(SchemaSnapshot actual) {
    List<String> out = new ArrayList<>();
    Set<String> all = new TreeSet<>(tables.keySet());
    all.addAll(actual.tables.keySet());
    for (String table : all) {
      TableSnapshot e = tables.get(table);
      TableSnapshot a = actual.tables.get(table);
      if (e == null) {
        out.add("unexpected table " + table);
      } else if (a == null) {
        out.add("missing table " + table);
      } else {
        compare(out, table + " columns", e.columns(), a.columns());
        if (!e.primaryKey().equals(a.primaryKey())) {
          out.add(table + " primary key: expected " + e.primaryKey() + " but was " + a.primaryKey());
        }
        compare(out, table + " foreign keys", e.foreignKeys(), a.foreignKeys());
        compare(out, table + " indexes", e.indexes(), a.indexes());
        compare(out, table + " checks", e.checks(), a.checks());
        if (!Objects.equals(e.comment(), a.comment())) {
          out.add(table + " comment: expected " + e.comment() + " but was " + a.comment());
        }
      }
    }
    compare(out, "sequence", sequences, actual.sequences);
    return out;
  }

  private static void compare(List<String> out, String what, Map<String, String> e, Map<String, String> a) {
    Set<String> keys = new TreeSet<>(e.keySet());
    keys.addAll(a.keySet());
    for (String key : keys) {
      if (!Objects.equals(e.get(key), a.get(key))) {
        out.add(what + " " + key + ": expected " + e.get(key) + " but was " + a.get(key));
      }
    }
  }

  private static void compare(List<String> out, String what, Set<String> e, Set<String> a) {
    for (String x : e) {
      if (!a.contains(x)) {
        out.add(what + ": missing " + x);
      }
    }
    for (String x : a) {
      if (!e.contains(x)) {
        out.add(what + ": unexpected " + x);
      }
    }
  }
}
