package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostgreSQL (127.0.0.1:5432, user postgres, database test) and MariaDB (127.0.0.1:3306,
 * root, database test) servers; a test using one is skipped when it is down.
 */
enum Server {
  POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/", "postgres", "test?connectTimeout=2"),
  MARIADB("jdbc:mariadb://127.0.0.1:3306/", "root", "test?connectTimeout=2000");

  private final String urlPrefix;
  private final String user;
  private final String adminDatabase;

  Server(String urlPrefix, String user, String adminDatabase) {
    this.urlPrefix = urlPrefix;
    this.user = user;
    this.adminDatabase = adminDatabase;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(urlPrefix + database, user, "");
  }

  private Connection admin() {
    try {
      return connect(adminDatabase);
    } catch (SQLException e) {
      Assumptions.abort(name() + " is not reachable at " + urlPrefix + " (" + e.getMessage() + "): skipped");
      throw new IllegalStateException(e);
    }
  }

  /** A new, empty database; closing it drops the database. */
  Scratch scratch() throws SQLException {
    String database = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = admin(); Statement statement = admin.createStatement()) {
      statement.execute("create database " + database);
    }
    return new Scratch(this, database);
  }

  /** The tables of the connection's database, in lower case. */
  static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase());
      }
    }
    return names;
  }

  record Scratch(Server server, String database) implements AutoCloseable {

    Connection connect() throws SQLException {
      return server.connect(database);
    }

    @Override
    public void close() throws SQLException {
      try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
        statement.execute("drop database " + database + (server == POSTGRESQL ? " with (force)" : ""));
      }
    }
  }
}
