package org.jpamigrations.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Names;

/**
 * How the history table appears in SQL: its name, quoted one way everywhere, the error that names it,
 * and the commit or rollback of work done on it outside a migration's transaction.
 */
record TableSql(String name) {

  /** The name for statements on this connection: without a dialect at hand, the driver's quote (" or `). */
  String in(Connection connection) {
    try {
      return quoted(connection.getMetaData().getIdentifierQuoteString().strip());
    } catch (SQLException e) {
      throw failure("look up", e);
    }
  }

  /** The name with each quoted part ({@code `part`}) wrapped in the given quote. */
  String quoted(String quote) {
    return Names.parts(name).stream()
        .map(part -> Names.isQuoted(part) ? quote + Names.bare(part) + quote : part)
        .collect(Collectors.joining("."));
  }

  MigrationException failure(String action, SQLException e) {
    return new MigrationException("Cannot " + action + " the migration history table " + name + ": " + e.getMessage()
        + ". Check that the database user may create, read and write that table.", e);
  }

  static void commitIfNeeded(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  static void rollbackQuietly(Connection connection) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException ignored) {
      // The original failure says more.
    }
  }
}
