package org.jpamigrations.history;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
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
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.CreateTable;

/**
 * The table that records which migrations a database has applied. Its name follows the model's
 * conventions: {@code `name`} is quoted, and it may be qualified by a schema ({@code app.history}).
 *
 * <p>Besides applied migrations it holds a row per migration that failed half-way on a database that
 * commits DDL as it runs ({@code status} FAILED or UNDO_FAILED, with the statement it failed at), and,
 * while a run holds it, the lock row of {@link #tryLock} (status LOCK) on databases without a lock
 * function. Tables made by older versions, without the status columns, get them from {@link #ensure}.
 */
public final class HistoryTable {

  public static final String DEFAULT_NAME = "jpa_migrations_history";

  /** The revision id of the lock row. */
  public static final String LOCK_ROW = "(lock)";

  private static final String COLUMNS =
      "revision, message, checksum, applied_at, execution_ms, applied_by, status, failed_step, failure";

  /** Columns added after the first release: an older table gets them from {@link #ensure}. */
  private static final List<String> ADDED_COLUMNS = List.of("status", "failed_step", "failure");

  private static final String LOCK = "LOCK";
  private static final int FAILURE_LENGTH = 1000;

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
        // null (rows of older versions) means applied
        .column(Column.of("status", ColumnType.of(Types.VARCHAR).length(20)))
        .column(Column.of("failed_step", ColumnType.of(Types.INTEGER)))
        .column(Column.of("failure", ColumnType.of(Types.VARCHAR).length(FAILURE_LENGTH)))
        .withPrimaryKey("revision");
  }

  /**
   * Creates the table unless it exists, and adds the columns an older version's table lacks;
   * commits when the connection is not in auto-commit mode. Another run creating the table at the
   * same moment is no error.
   */
  public void ensure(Connection connection, SqlDialect dialect) {
    try {
      if (!exists(connection)) {
        try {
          execute(connection, dialect.render(new CreateTable(model()), Schema.EMPTY));
        } catch (SQLException e) {
          if (!exists(connection)) {
            throw e;
          }
          rollbackQuietly(connection);
        }
      }
      addMissingColumns(connection, dialect);
      commitIfNeeded(connection);
    } catch (SQLException e) {
      throw failure("create", e);
    }
  }

  private void addMissingColumns(Connection connection, SqlDialect dialect) throws SQLException {
    Set<String> present = columns(connection);
    Table table = model();
    List<Column> missing = table.columns().stream()
        .filter(column -> !present.contains(column.name().toLowerCase(Locale.ROOT)))
        .toList();
    if (missing.isEmpty()) {
      return;
    }
    Table older = table.withColumns(table.columns().stream().filter(c -> !missing.contains(c)).toList());
    Schema schema = Schema.EMPTY.withTable(older);
    for (Column column : missing) {
      AddColumn add = new AddColumn(name, column);
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
        ResultSet rows = statement.executeQuery("select * from " + sqlName(connection) + " where 1 = 0")) {
      ResultSetMetaData metaData = rows.getMetaData();
      Set<String> names = new LinkedHashSet<>();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        names.add(metaData.getColumnName(i).toLowerCase(Locale.ROOT));
      }
      return names;
    }
  }

  private static void execute(Connection connection, List<String> statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
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
    return rows(connection).stream().filter(row -> !row.failed()).toList();
  }

  /** The migrations that failed half-way and wait for {@code migrations:repair}, oldest first. */
  public List<AppliedRevision> failed(Connection connection) {
    return rows(connection).stream().filter(AppliedRevision::failed).toList();
  }

  /** Every row but the lock row, oldest first; empty when the table does not exist yet. */
  public List<AppliedRevision> rows(Connection connection) {
    if (!exists(connection)) {
      return List.of();
    }
    boolean current = hasStatusColumns(connection);
    String sql = "select " + (current ? COLUMNS : COLUMNS.substring(0, COLUMNS.indexOf(", status")))
        + " from " + sqlName(connection)
        + (current ? " where status is null or status <> '" + LOCK + "'" : "")
        + " order by applied_at, revision";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<AppliedRevision> applied = new ArrayList<>();
      while (rows.next()) {
        Timestamp appliedAt = rows.getTimestamp("applied_at");
        String status = current ? rows.getString("status") : null;
        int failedStep = current ? rows.getInt("failed_step") : 0;
        boolean noStep = !current || rows.wasNull();
        applied.add(new AppliedRevision(
            rows.getString("revision"),
            rows.getString("message"),
            rows.getString("checksum"),
            appliedAt == null ? null : appliedAt.toInstant(),
            rows.getLong("execution_ms"),
            rows.getString("applied_by"),
            status == null ? AppliedRevision.Status.APPLIED : AppliedRevision.Status.valueOf(status),
            noStep ? null : failedStep,
            current ? rows.getString("failure") : null));
      }
      return applied;
    } catch (SQLException | IllegalArgumentException e) {
      throw new MigrationException("Cannot read the migration history table " + name + ": " + e.getMessage()
          + ". Check that the database user may read that table and that its status column holds only"
          + " APPLIED, FAILED or UNDO_FAILED.", e);
    }
  }

  // A table of an older version is readable as it is, until ensure() adds the columns.
  private boolean hasStatusColumns(Connection connection) {
    try {
      return columns(connection).containsAll(ADDED_COLUMNS);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Records an applied (or failed) revision, in the connection's current transaction. */
  public void insert(Connection connection, AppliedRevision row) {
    try {
      insert(connection, row, row.status().name());
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  private void insert(Connection connection, AppliedRevision row, String status) throws SQLException {
    String sql = "insert into " + sqlName(connection) + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, row.revision());
      statement.setString(2, clip(row.message(), 500));
      statement.setString(3, row.checksum());
      statement.setTimestamp(4, Timestamp.from(row.appliedAt()));
      statement.setLong(5, row.executionMillis());
      statement.setString(6, clip(row.appliedBy(), 100));
      statement.setString(7, status);
      if (row.failedStep() == null) {
        statement.setNull(8, Types.INTEGER);
      } else {
        statement.setInt(8, row.failedStep());
      }
      statement.setString(9, clip(row.failure(), FAILURE_LENGTH));
      statement.executeUpdate();
    }
  }

  /**
   * Marks an applied revision as half-way undone: its {@code down()} failed at {@code step}. In the
   * connection's current transaction.
   */
  public void markUndoFailed(Connection connection, String revision, int step, String failure) {
    update(connection, revision, AppliedRevision.Status.UNDO_FAILED, step, failure);
  }

  /** Marks a revision applied again, clearing what a failed undo recorded. */
  public void markApplied(Connection connection, String revision) {
    update(connection, revision, AppliedRevision.Status.APPLIED, null, null);
  }

  private void update(
      Connection connection, String revision, AppliedRevision.Status status, Integer step, String failure) {
    String sql = "update " + sqlName(connection) + " set status = ?, failed_step = ?, failure = ? where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, status.name());
      if (step == null) {
        statement.setNull(2, Types.INTEGER);
      } else {
        statement.setInt(2, step);
      }
      statement.setString(3, clip(failure, FAILURE_LENGTH));
      statement.setString(4, revision);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  /** Stores a new checksum for an applied revision, in the connection's current transaction. */
  public void updateChecksum(Connection connection, String revision, String checksum) {
    String sql = "update " + sqlName(connection) + " set checksum = ? where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, checksum);
      statement.setString(2, revision);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  /**
   * Takes the lock row, committing at once; {@code false} when another run holds it. For databases
   * without a lock function: the primary key lets only one run insert the row.
   *
   * @param owner who takes it, for the message another run shows while waiting
   */
  public boolean tryLock(Connection connection, String owner) {
    try {
      insert(connection, new AppliedRevision(LOCK_ROW, owner, null, Instant.now(), 0,
          System.getProperty("user.name"), AppliedRevision.Status.APPLIED, null, null), LOCK);
      commitIfNeeded(connection);
      return true;
    } catch (SQLException e) {
      rollbackQuietly(connection);
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      // 23: integrity constraint (the row exists); 40001 and HYT00: the holder's insert is in flight.
      if (state.startsWith("23") || state.equals("40001") || state.equals("HYT00")) {
        return false;
      }
      throw failure("write to", e);
    }
  }

  /** The lock row: its message says who holds it, {@code appliedAt} since when; {@code null} when free. */
  public AppliedRevision lockHolder(Connection connection) {
    String sql = "select message, applied_at, applied_by from " + sqlName(connection) + " where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, LOCK_ROW);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        Timestamp at = rows.getTimestamp("applied_at");
        return new AppliedRevision(LOCK_ROW, rows.getString("message"), null, at == null ? null : at.toInstant(),
            0, rows.getString("applied_by"));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Removes the lock row, committing at once. */
  public void unlock(Connection connection) {
    try {
      delete(connection, LOCK_ROW);
      commitIfNeeded(connection);
    } catch (SQLException e) {
      throw failure("write to", e);
    }
  }

  /** The statement that frees a lock left by a run that died, for messages. */
  public String unlockSql() {
    return "delete from " + name.replace("`", "\"") + " where revision = '" + LOCK_ROW + "'";
  }

  private static void commitIfNeeded(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException ignored) {
      // The original failure says more.
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
