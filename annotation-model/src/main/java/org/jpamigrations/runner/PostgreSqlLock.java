package org.jpamigrations.runner;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.zip.CRC32;
import org.jpamigrations.migration.MigrationException;

/**
 * A session-level advisory lock ({@code pg_try_advisory_lock}): it outlives the transactions of the
 * run and is freed when the session ends, even if the run dies. The key is derived from the history
 * table's name, so two applications with their own history tables do not wait for each other.
 */
record PostgreSqlLock(long key) implements Lock {

  PostgreSqlLock(String historyTable) {
    this(keyOf(historyTable));
  }

  // A non-negative int, so that pg_locks shows it whole in objid (classid 0).
  static long keyOf(String historyTable) {
    CRC32 crc = new CRC32();
    crc.update(("jpa_migrations:" + historyTable).getBytes(StandardCharsets.UTF_8));
    return crc.getValue() & 0x7fffffffL;
  }

  @Override
  public void acquire(Connection connection, Duration timeout) {
    try {
      // Shown in pg_stat_activity: another run waiting for this one can then say who holds the lock.
      connection.setClientInfo("ApplicationName", "jpa-migrations: " + RunOwner.describe());
    } catch (SQLException e) {
      // Only the waiting run's message gets less precise.
    }
    boolean locked = Lock.poll(timeout, () -> bool(connection, "select pg_try_advisory_lock(?)"));
    if (!locked) {
      throw Lock.timedOut(timeout, holder(connection),
          "PostgreSQL frees it when that session ends; if the session hangs, end it with"
              + " select pg_terminate_backend(<pid>).");
    }
  }

  @Override
  public void release(Connection connection) {
    bool(connection, "select pg_advisory_unlock(?)");
  }

  private boolean bool(Connection connection, String sql) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new MigrationException("Cannot take the migrations lock on PostgreSQL: " + e.getMessage()
          + ". Check that the database user may call pg_try_advisory_lock.", e);
    }
  }

  private String holder(Connection connection) {
    String sql = "select a.pid, a.usename, a.client_addr, a.application_name, a.backend_start"
        + " from pg_locks l join pg_stat_activity a on a.pid = l.pid"
        + " where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid::bigint = ?"
        + " and l.database = (select oid from pg_database where datname = current_database())";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        String application = rows.getString("application_name");
        return "held by session pid " + rows.getInt("pid") + " of user " + rows.getString("usename")
            + (rows.getString("client_addr") == null ? "" : " from " + rows.getString("client_addr"))
            + (application == null || application.isEmpty() ? "" : ", application '" + application + "'")
            + ", connected since " + rows.getTimestamp("backend_start").toInstant();
      }
    } catch (SQLException e) {
      return null;
    }
  }
}
