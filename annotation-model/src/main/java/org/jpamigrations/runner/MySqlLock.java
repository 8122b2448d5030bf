package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jpamigrations.migration.MigrationException;

/**
 * A named user lock ({@code GET_LOCK}) of MySQL and MariaDB: the server waits up to the timeout
 * itself, and frees the lock when the connection ends. Lock names are server-wide, so the name
 * holds the database and the history table.
 */
record MySqlLock(String historyTable) implements Lock {

  private static final int MAX_NAME = 64;

  @Override
  public void acquire(Connection connection, Duration timeout) {
    String name = name(connection);
    Object result;
    try (PreparedStatement statement = connection.prepareStatement("select get_lock(?, ?)")) {
      statement.setString(1, name);
      statement.setLong(2, Math.max(0, timeout.toSeconds()));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        result = rows.getObject(1);
      }
    } catch (SQLException e) {
      throw new MigrationException("Cannot take the migrations lock " + name + ": " + e.getMessage()
          + ". Check that the database user may call GET_LOCK.", e);
    }
    if (result == null || ((Number) result).intValue() != 1) {
      throw Lock.timedOut(timeout, holder(connection, name),
          "The server frees it when that connection ends; if it hangs, end it with KILL <id>.");
    }
  }

  @Override
  public void release(Connection connection) {
    try (PreparedStatement statement = connection.prepareStatement("select release_lock(?)")) {
      statement.setString(1, name(connection));
      statement.executeQuery().close();
    } catch (SQLException e) {
      throw new MigrationException("Cannot free the migrations lock: " + e.getMessage()
          + ". The server frees it when this connection closes.", e);
    }
  }

  private String name(Connection connection) {
    String database = "";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select database()")) {
      if (rows.next() && rows.getString(1) != null) {
        database = rows.getString(1);
      }
    } catch (SQLException e) {
      // Without a current database the table name alone scopes the lock.
    }
    String name = "jpa_migrations." + database + "." + historyTable;
    return name.length() <= MAX_NAME ? name : "jpa_migrations." + Integer.toHexString(name.hashCode());
  }

  private static String holder(Connection connection, String name) {
    try (PreparedStatement used = connection.prepareStatement("select is_used_lock(?)")) {
      used.setString(1, name);
      long id;
      try (ResultSet rows = used.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        id = rows.getLong(1);
        if (rows.wasNull()) {
          return null;
        }
      }
      try (PreparedStatement process = connection.prepareStatement(
          "select user, host, time from information_schema.processlist where id = ?")) {
        process.setLong(1, id);
        try (ResultSet rows = process.executeQuery()) {
          if (rows.next()) {
            return "held by connection " + id + " of " + rows.getString("user") + "@" + rows.getString("host")
                + ", connected " + rows.getLong("time") + " s in its current state";
          }
        }
      }
      return "held by connection " + id;
    } catch (SQLException e) {
      return null;
    }
  }
}
