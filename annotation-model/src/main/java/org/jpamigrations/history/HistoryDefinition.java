package org.jpamigrations.history;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.CreateTable;

/**
 * The history table's definition: its columns, whether it exists, and bringing a table of an older
 * version up to date.
 */
final class HistoryDefinition {

  /** Columns added after the first release: an older table gets them from {@link #ensure}. */
  private static final List<String> ADDED_COLUMNS = List.of("status", "failed_step", "failure");

  static final int MESSAGE_LENGTH = 500;
  static final int APPLIED_BY_LENGTH = 100;
  static final int FAILURE_LENGTH = 1000;

  private final TableSql table;

  HistoryDefinition(TableSql table) {
    this.table = table;
  }

  Table model() {
    return Table.named(table.name())
        .column(Column.of("revision", ColumnType.of(Types.VARCHAR).length(50)).notNull())
        .column(Column.of("message", ColumnType.of(Types.VARCHAR).length(MESSAGE_LENGTH)))
        .column(Column.of("checksum", ColumnType.of(Types.VARCHAR).length(64)))
        .column(Column.of("applied_at", ColumnType.of(Types.TIMESTAMP).precision(6)).notNull())
        .column(Column.of("execution_ms", ColumnType.of(Types.BIGINT)).notNull())
        .column(Column.of("applied_by", ColumnType.of(Types.VARCHAR).length(APPLIED_BY_LENGTH)))
        // null (rows of older versions) means applied
        .column(Column.of("status", ColumnType.of(Types.VARCHAR).length(20)))
        .column(Column.of("failed_step", ColumnType.of(Types.INTEGER)))
        .column(Column.of("failure", ColumnType.of(Types.VARCHAR).length(FAILURE_LENGTH)))
        .withPrimaryKey("revision");
  }

  void ensure(Connection connection, SqlDialect dialect) {
    try {
      if (!exists(connection)) {
        try {
          execute(connection, dialect.render(new CreateTable(model()), Schema.EMPTY));
        } catch (SQLException e) {
          // Another run may have created it meanwhile.
          if (!exists(connection)) {
            throw e;
          }
          TableSql.rollbackQuietly(connection);
        }
      }
      addMissingColumns(connection, dialect);
      TableSql.commitIfNeeded(connection);
    } catch (SQLException e) {
      throw table.failure("create", e);
    }
  }

  private void addMissingColumns(Connection connection, SqlDialect dialect) throws SQLException {
    Set<String> present = columns(connection);
    Table current = model();
    List<Column> missing = current.columns().stream()
        .filter(column -> !present.contains(column.name().toLowerCase(Locale.ROOT)))
        .toList();
    if (missing.isEmpty()) {
      return;
    }
    Table older = current.withColumns(current.columns().stream().filter(c -> !missing.contains(c)).toList());
    Schema schema = Schema.EMPTY.withTable(older);
    for (Column column : missing) {
      AddColumn add = new AddColumn(table.name(), column);
      try {
        execute(connection, dialect.render(add, schema));
      } catch (SQLException e) {
        // Another run may have added it meanwhile.
        if (!columns(connection).contains(column.name().toLowerCase(Locale.ROOT))) {
          throw e;
        }
      }
      schema = add.apply(schema);
    }
  }

  /** The table's column names, lower case. */
  private Set<String> columns(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from " + table.in(connection) + " where 1 = 0")) {
      ResultSetMetaData metaData = rows.getMetaData();
      Set<String> names = new LinkedHashSet<>();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        names.add(metaData.getColumnName(i).toLowerCase(Locale.ROOT));
      }
      return names;
    }
  }

  // A table of an older version is readable as it is, until ensure() adds the columns.
  boolean hasStatusColumns(Connection connection) {
    try {
      return columns(connection).containsAll(ADDED_COLUMNS);
    } catch (SQLException e) {
      throw table.failure("read", e);
    }
  }

  private static void execute(Connection connection, List<String> statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  boolean exists(Connection connection) {
    List<String> parts = Names.parts(table.name());
    String bare = Names.bare(parts.get(parts.size() - 1));
    try {
      DatabaseMetaData metaData = connection.getMetaData();
      String schema = parts.size() > 1 ? Names.bare(parts.get(parts.size() - 2)) : currentSchema(connection);
      // Databases fold unquoted names to upper or lower case; ask for each spelling, compare loosely.
      Set<String> spellings = new LinkedHashSet<>(
          List.of(bare, bare.toUpperCase(Locale.ROOT), bare.toLowerCase(Locale.ROOT)));
      for (String spelling : spellings) {
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), schema, spelling, null)) {
          while (tables.next()) {
            if (bare.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw table.failure("look up", e);
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
