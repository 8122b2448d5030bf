package org.jpamigrations.history;

import static org.jpamigrations.history.HistoryDefinition.APPLIED_BY_LENGTH;
import static org.jpamigrations.history.HistoryDefinition.FAILURE_LENGTH;
import static org.jpamigrations.history.HistoryDefinition.MESSAGE_LENGTH;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.migration.MigrationException;

/** Reads and writes the history table's rows: applied and failed migrations. */
final class HistoryRows {

  private static final String COLUMNS =
      "revision, message, checksum, applied_at, execution_ms, applied_by, status, failed_step, failure";

  private final TableSql table;
  private final HistoryDefinition definition;

  HistoryRows(TableSql table, HistoryDefinition definition) {
    this.table = table;
    this.definition = definition;
  }

  /** Every row but the lock row, oldest first; empty when the table does not exist yet. */
  List<AppliedRevision> read(Connection connection) {
    if (!definition.exists(connection)) {
      return List.of();
    }
    boolean current = definition.hasStatusColumns(connection);
    String sql = "select " + (current ? COLUMNS : COLUMNS.substring(0, COLUMNS.indexOf(", status")))
        + " from " + table.in(connection)
        + (current ? " where status is null or status <> '" + LockRow.STATUS + "'" : "")
        + " order by applied_at, revision";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<AppliedRevision> read = new ArrayList<>();
      while (rows.next()) {
        read.add(row(rows, current));
      }
      return read;
    } catch (SQLException | IllegalArgumentException e) {
      throw new MigrationException("Cannot read the migration history table " + table.name() + ": " + e.getMessage()
          + ". Check that the database user may read that table and that its status column holds only"
          + " APPLIED, FAILED or UNDO_FAILED.", e);
    }
  }

  private static AppliedRevision row(ResultSet rows, boolean current) throws SQLException {
    Timestamp appliedAt = rows.getTimestamp("applied_at");
    String status = current ? rows.getString("status") : null;
    int failedStep = current ? rows.getInt("failed_step") : 0;
    boolean noStep = !current || rows.wasNull();
    return new AppliedRevision(
        rows.getString("revision"),
        rows.getString("message"),
        rows.getString("checksum"),
        appliedAt == null ? null : appliedAt.toInstant(),
        rows.getLong("execution_ms"),
        rows.getString("applied_by"),
        status == null ? AppliedRevision.Status.APPLIED : AppliedRevision.Status.valueOf(status),
        noStep ? null : failedStep,
        current ? rows.getString("failure") : null);
  }

  void insert(Connection connection, AppliedRevision row) {
    try {
      insert(connection, row, row.status().name());
    } catch (SQLException e) {
      throw table.failure("write to", e);
    }
  }

  /** Inserts the row with the given status; the lock row's status is none of {@link AppliedRevision.Status}. */
  void insert(Connection connection, AppliedRevision row, String status) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insertSql(connection))) {
      bind(statement, row, status);
      statement.executeUpdate();
    }
  }

  /** Inserts the rows in one batch: a single round trip where the driver sends batches whole. */
  void insertAll(Connection connection, List<AppliedRevision> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(insertSql(connection))) {
      for (AppliedRevision row : rows) {
        bind(statement, row, row.status().name());
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw table.failure("write to", e);
    }
  }

  private String insertSql(Connection connection) {
    return "insert into " + table.in(connection) + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  private static void bind(PreparedStatement statement, AppliedRevision row, String status) throws SQLException {
    statement.setString(1, row.revision());
    statement.setString(2, clip(row.message(), MESSAGE_LENGTH));
    statement.setString(3, row.checksum());
    statement.setTimestamp(4, Timestamp.from(row.appliedAt()));
    statement.setLong(5, row.executionMillis());
    statement.setString(6, clip(row.appliedBy(), APPLIED_BY_LENGTH));
    statement.setString(7, status);
    setStep(statement, 8, row.failedStep());
    statement.setString(9, clip(row.failure(), FAILURE_LENGTH));
  }

  void updateStatus(
      Connection connection, String revision, AppliedRevision.Status status, Integer step, String failure) {
    String sql = "update " + table.in(connection) + " set status = ?, failed_step = ?, failure = ? where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, status.name());
      setStep(statement, 2, step);
      statement.setString(3, clip(failure, FAILURE_LENGTH));
      statement.setString(4, revision);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw table.failure("write to", e);
    }
  }

  void updateChecksum(Connection connection, String revision, String checksum) {
    String sql = "update " + table.in(connection) + " set checksum = ? where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, checksum);
      statement.setString(2, revision);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw table.failure("write to", e);
    }
  }

  void delete(Connection connection, String revision) {
    String sql = "delete from " + table.in(connection) + " where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, revision);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw table.failure("write to", e);
    }
  }

  private static void setStep(PreparedStatement statement, int index, Integer step) throws SQLException {
    if (step == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, step);
    }
  }

  private static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
