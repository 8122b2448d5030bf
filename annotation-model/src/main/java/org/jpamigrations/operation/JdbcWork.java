package org.jpamigrations.operation;

import java.sql.Connection;
import java.sql.SQLException;

/** Java code that a migration runs with the migration's JDBC connection (inside its transaction). */
@FunctionalInterface
public interface JdbcWork {
  void run(Connection connection) throws SQLException;
}
