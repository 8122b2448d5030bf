package org.jpamigrations.plugin.inspect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;

/**
 * Reads the tables of a connection's current schema through {@link DatabaseMetaData} into the schema
 * model: columns, primary keys, foreign keys and indexes. Each column's type is kept as the
 * database names it ({@link ColumnType#definition()}, with its size), since only the database
 * knows it; names the database folded to its default case become unquoted model names.
 */
public final class DatabaseSchemaReader {

  /** The tables of the connection's schema, without those the filter rejects (such as the history table). */
  public Schema read(Connection connection, Predicate<String> skipTable) {
    try {
      DatabaseMetaData metaData = connection.getMetaData();
      String catalog = connection.getCatalog();
      String schema = currentSchema(connection);
      List<Table> tables = new ArrayList<>();
      for (String name : tableNames(metaData, catalog, schema)) {
        String modelName = modelName(metaData, name);
        if (skipTable.test(modelName)) {
          continue;
        }
        tables.add(table(metaData, catalog, schema, name, modelName));
      }
      return new Schema(tables, List.of());
    } catch (SQLException e) {
      throw new MigrationException("Cannot read the database's schema: " + e.getMessage()
          + ". Check that the database user may read its metadata.", e);
    }
  }

  private static List<String> tableNames(DatabaseMetaData metaData, String catalog, String schema)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = metaData.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return names;
  }

  private static Table table(DatabaseMetaData metaData, String catalog, String schema, String name, String modelName)
      throws SQLException {
    Table table = Table.named(modelName);
    try (ResultSet rows = metaData.getColumns(catalog, schema, name, "%")) {
      while (rows.next()) {
        Column column = Column.of(modelName(metaData, rows.getString("COLUMN_NAME")), type(rows))
            .withNullable(rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
        if ("YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))) {
          column = column.withIdentity();
        }
        table = table.column(column);
      }
    }
    PrimaryKey primaryKey = primaryKey(metaData, catalog, schema, name);
    if (primaryKey != null) {
      table = table.withPrimaryKey(primaryKey);
    }
    table = table.withForeignKeys(foreignKeys(metaData, catalog, schema, name));
    return table.withIndexes(indexes(metaData, catalog, schema, name));
  }

  /** The type as the database names it, with the size that matters for comparing: {@code varchar(255)}. */
  private static ColumnType type(ResultSet column) throws SQLException {
    int code = column.getInt("DATA_TYPE");
    String name = column.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
    int size = column.getInt("COLUMN_SIZE");
    boolean hasSize = !column.wasNull();
    int digits = column.getInt("DECIMAL_DIGITS");
    boolean hasDigits = !column.wasNull();
    String family = TypeNames.family(name);
    String definition = name;
    if (hasSize && TypeNames.hasLength(family)) {
      definition = name + "(" + size + ")";
    } else if (hasSize && TypeNames.hasPrecision(family)) {
      definition = name + "(" + size + "," + (hasDigits ? digits : 0) + ")";
    }
    return ColumnType.of(code).definedAs(definition);
  }

  private static PrimaryKey primaryKey(DatabaseMetaData metaData, String catalog, String schema, String table)
      throws SQLException {
    Map<Integer, String> columns = new TreeMap<>();
    String name = null;
    try (ResultSet rows = metaData.getPrimaryKeys(catalog, schema, table)) {
      while (rows.next()) {
        columns.put(rows.getInt("KEY_SEQ"), modelName(metaData, rows.getString("COLUMN_NAME")));
        name = rows.getString("PK_NAME");
      }
    }
    return columns.isEmpty() ? null : new PrimaryKey(name, List.copyOf(columns.values()));
  }

  private static List<ForeignKey> foreignKeys(DatabaseMetaData metaData, String catalog, String schema, String table)
      throws SQLException {
    Map<String, ForeignKeyRows> byName = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getImportedKeys(catalog, schema, table)) {
      while (rows.next()) {
        String name = rows.getString("FK_NAME");
        ForeignKeyRows key = byName.computeIfAbsent(name == null ? "fk" + byName.size() : name,
            n -> new ForeignKeyRows(modelName(metaData, rows, "PKTABLE_NAME"), deleteRule(rows)));
        key.columns.put(rows.getInt("KEY_SEQ"), new String[] {
            modelName(metaData, rows, "FKCOLUMN_NAME"), modelName(metaData, rows, "PKCOLUMN_NAME")});
      }
    }
    List<ForeignKey> keys = new ArrayList<>();
    byName.forEach((name, rows) -> keys.add(new ForeignKey(modelName(metaData, name),
        rows.columns.values().stream().map(c -> c[0]).toList(), rows.referencedTable,
        rows.columns.values().stream().map(c -> c[1]).toList(), rows.onDelete)));
    return keys;
  }

  private static ReferentialAction deleteRule(ResultSet rows) {
    try {
      return switch (rows.getInt("DELETE_RULE")) {
        case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
        case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
        case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
        case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
        default -> ReferentialAction.NO_ACTION;
      };
    } catch (SQLException e) {
      return ReferentialAction.NO_ACTION;
    }
  }

  private static final class ForeignKeyRows {
    final String referencedTable;
    final ReferentialAction onDelete;
    final Map<Integer, String[]> columns = new TreeMap<>();

    ForeignKeyRows(String referencedTable, ReferentialAction onDelete) {
      this.referencedTable = referencedTable;
      this.onDelete = onDelete;
    }
  }

  private static List<Index> indexes(DatabaseMetaData metaData, String catalog, String schema, String table)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    Map<String, List<String>> descending = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getIndexInfo(catalog, schema, table, false, false)) {
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (name == null || column == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
          continue;
        }
        columns.computeIfAbsent(name, n -> new TreeMap<>()).put((int) rows.getShort("ORDINAL_POSITION"),
            modelName(metaData, column));
        unique.put(name, !rows.getBoolean("NON_UNIQUE"));
        if ("D".equals(rows.getString("ASC_OR_DESC"))) {
          descending.computeIfAbsent(name, n -> new ArrayList<>()).add(modelName(metaData, column));
        }
      }
    }
    List<Index> indexes = new ArrayList<>();
    columns.forEach((name, cols) -> {
      Index index = new Index(modelName(metaData, name), List.copyOf(cols.values()), false,
          descending.getOrDefault(name, List.of()));
      indexes.add(unique.get(name) ? index.asUnique() : index);
    });
    return indexes;
  }

  private static String modelName(DatabaseMetaData metaData, ResultSet rows, String column) {
    try {
      return modelName(metaData, rows.getString(column));
    } catch (SQLException e) {
      throw new MigrationException("Cannot read " + column + " from the database's metadata: " + e.getMessage(), e);
    }
  }

  /** An unquoted model name when the database folded it to its default case, else a quoted one. */
  static String modelName(DatabaseMetaData metaData, String name) {
    try {
      String folded = metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT)
          : metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
      boolean plain = name.equals(folded) && name.matches("[A-Za-z_][A-Za-z0-9_$]*");
      return plain ? name.toLowerCase(Locale.ROOT) : "`" + name + "`";
    } catch (SQLException e) {
      return name.toLowerCase(Locale.ROOT);
    }
  }

  private static String currentSchema(Connection connection) {
    try {
      return connection.getSchema();
    } catch (SQLException | AbstractMethodError e) {
      return null;
    }
  }
}
