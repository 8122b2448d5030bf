package org.jpamigrations.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jpamigrations.migration.MigrationException;

/**
 * Where migrations get their connection: a JDBC URL with credentials ({@link Database}) or the
 * application's own {@link DataSource}. {@link #toString()} names it for messages, never with a password.
 */
public interface ConnectionSource {

  /** Opens a connection the caller closes, or fails with a message that says what to check. */
  Connection open(ClassLoader classLoader);

  /** A driver's message with any secret masked. */
  default String hide(String text) {
    return text;
  }

  /** The application's pool or data source; it is named by the URL its connections report. */
  static ConnectionSource of(DataSource dataSource) {
    return new ConnectionSource() {
      private volatile String name = "the application's DataSource";

      @Override
      public Connection open(ClassLoader classLoader) {
        try {
          Connection connection = dataSource.getConnection();
          name = connection.getMetaData().getURL();
          return connection;
        } catch (SQLException e) {
          throw new MigrationException("Cannot connect to " + name + ": " + e.getMessage()
              + ". Check the data source's URL and credentials, and that the database is running.", e);
        }
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
