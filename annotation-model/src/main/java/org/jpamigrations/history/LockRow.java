package org.jpamigrations.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The lock row in the history table, for databases without a lock function: the primary key lets
 * only one run insert it. Its status is LOCK, so reading the history passes it over.
 */
final class LockRow {

  /** The revision id of the lock row. */
  static final String REVISION = "(lock)";

  static final String STATUS = "LOCK";

  private final TableSql table;
  private final HistoryRows rows;

  LockRow(TableSql table, HistoryRows rows) {
    this.table = table;
    this.rows = rows;
  }

  boolean tryLock(Connection connection, String owner) {
    try {
      rows.insert(connection, new AppliedRevision(REVISION, owner, null, Instant.now(), 0,
          System.getProperty("user.name"), AppliedRevision.Status.APPLIED, null, null), STATUS);
      TableSql.commitIfNeeded(connection);
      return true;
    } catch (SQLException e) {
      TableSql.rollbackQuietly(connection);
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      // 23: integrity constraint (the row exists); 40001 and HYT00: the holder's insert is in flight.
      if (state.startsWith("23") || state.equals("40001") || state.equals("HYT00")) {
        return false;
      }
      throw table.failure("write to", e);
    }
  }

  AppliedRevision holder(Connection connection) {
    String sql = "select message, applied_at, applied_by from " + table.in(connection) + " where revision = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, REVISION);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          return null;
        }
        Timestamp at = result.getTimestamp("applied_at");
        return new AppliedRevision(REVISION, result.getString("message"), null, at == null ? null : at.toInstant(),
            0, result.getString("applied_by"));
      }
    } catch (SQLException e) {
      throw table.failure("read", e);
    }
  }

  void unlock(Connection connection) {
    try {
      rows.delete(connection, REVISION);
      TableSql.commitIfNeeded(connection);
    } catch (SQLException e) {
      throw table.failure("write to", e);
    }
  }

  // Shown in a message rather than run, so it uses the standard quote whatever the driver's.
  String unlockSql() {
    return "delete from " + table.quoted("\"") + " where revision = '" + REVISION + "'";
  }
}
