package org.jpamigrations.history;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.CreateTable;

/**
 * The table that records which migrations a database has applied. Its name follows the model's
 * conventions: {@code `name`} is quoted, and it may be qualified by a schema ({@code app.history}).
 */
public final class HistoryTable {

  public static final String DEFAULT_NAME = "jpa_migrations_history";

  private static final String COLUMNS = "revision, message, checksum, applied_at, execution_ms, applied_by";

  private final String name;

  public HistoryTable(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The history table must have a name");
    }
    this.name = name;
  }

  /** The table {@value #DEFAULT_NAME}. */
  public HistoryTable() {
    this(DEFAULT_NAME);
  }

  public String name() {
    return name;
  }

  /** The table as the model describes it; the dialect gives each column its database's type. */
  public Table model() {
    return Table.named(name)
        .column(Column.of("revision", ColumnType.of(Types.VARCHAR).length(50)).notNull())
        .column(Column.of("message", ColumnType.of(Types.VARCHAR).length(500)))
        .column(Column.of("checksum", ColumnType.of(Types.VARCHAR).length(64)))
        .column(Column.of("applied_at", ColumnType.of(Types.TIMESTAMP).precision(6)).notNull())
        .column(Column.of("execution_ms", ColumnType.of(Types.BIGINT)).notNull())
        .column(Column.of("applied_by", ColumnType.of(Types.VARCHAR).length(100)))
        .withPrimaryKey("revision");
  }

  /** Creates the table unless it exists; commits when the connection is not in auto-commit mode. */
  public void ensure(Connection connection, SqlDialect dialect) {
    try {
      if (exists(connection)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        for (String sql : dialect.render(new CreateTable(model()), Schema.EMPTY)) {
          statement.execute(sql);
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw failure("create", e);
    }
  }

  /** Whether the table exists, looked up in the connection's schema (or the one its name gives). */
  public boolean exists(Connection connection) {
    List<String> parts = Names.parts(name);
    String table = Names.bare(parts.get(parts.size() - 1));
    try {
      DatabaseMetaData metaData = connection.getMetaData();
      String schema = parts.size() > 1 ? Names.bare(parts.get(parts.size() - 2)) : currentSchema(connection);
      // Databases fold unquoted names to upper or lower case; ask for each spelling, compare loosely.
      Set<String> spellings = new LinkedHashSet<>(
          List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)));
      for (String spelling : spellings) {
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), schema, spelling, null)) {
          while (tables.next()) {
            if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw failure("look up", e);
    }
  }

  private static String currentSchema(Connection connection) {
    try {
      return connection.getSchema();
    } catch (SQLException | AbstractMethodError e) {
      return null;
    }
  }

  /** The applied revisions, oldest first; empty when the table does not exist yet. */
  public List<AppliedRevision> applied(Connection connection) {
    if (!exists(connection)) {
      return List.of();
    }
    String sql = "select " + COLUMNS + " from " + sqlName(connection) + " order by applied_at, revision";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<AppliedRevision> applied = new ArrayList<>();
      while (rows.next()) {
        Timestamp appliedAt = rows.getTimestamp("applied_at");
        applied.add(new AppliedRevision(
            rows.getString("revision"),
            rows.getString("message"),
            rows.getString("checksum"),
            appliedAt == null ? null : appliedAt.toInstant(),
            rows.getLong("execution_ms"),
            rows.getString("applied_by")));
      }
      return applied;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Records an applied revision, in the connection's current transaction. */
  public void insert(Connection connection, AppliedRevision row) {
    String sql = "insert into " + sqlName(connection) + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, row.revision());
      statement.setString(2, clip(row.message(), 500));
      statement.setString(3, row.checksum());
      statement.setTimestamp(4, Timestamp.from(row.appliedAt()));
      statement.setLong(5, row.executionMillis());
      statement.setString(6, clip(row.appliedBy(), 100));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  /** Removes a revision's row, in the connection's current transaction. */
  public void delete(Connection connection, String revision) {
    String sql = "delete from " + sqlName(connection) + " where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, revision);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  // Without a dialect at hand, quoted parts use the quote the driver reports (" or `).
  private String sqlName(Connection connection) {
    try {
      String quote = connection.getMetaData().getIdentifierQuoteString().strip();
      return Names.parts(name).stream()
          .map(part -> Names.isQuoted(part) ? quote + Names.bare(part) + quote : part)
          .collect(Collectors.joining("."));
    } catch (SQLException e) {
      throw failure("look up", e);
    }
  }

  private static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  private MigrationException failure(String action, SQLException e) {
    return new MigrationException("Cannot " + action + " the migration history table " + name + ": " + e.getMessage()
        + ". Check that the database user may create, read and write that table.", e);
  }
}
