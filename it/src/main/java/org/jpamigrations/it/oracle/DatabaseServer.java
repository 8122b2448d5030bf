package org.jpamigrations.it.oracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL or MariaDB server, reached through a JDBC URL of the form
 * {@code jdbc:<kind>://host:port/database?options}: where the tests create and drop scratch databases.
 */
public record DatabaseServer(Kind kind, String prefix, String database, String options, String user,
    String password) {

  /** The servers the integration tests run on, besides H2. */
  public enum Kind {
    POSTGRESQL("PostgreSQL", "\"", "org.postgresql.Driver"), MARIADB("MariaDB", "`", "org.mariadb.jdbc.Driver");

    private final String label;
    private final String quote;
    private final String driver;

    Kind(String label, String quote, String driver) {
      this.label = label;
      this.quote = quote;
      this.driver = driver;
    }

    public String label() {
      return label;
    }
  }

  private static final Pattern URL =
      Pattern.compile("(jdbc:(postgresql|mariadb|mysql)://[^/?]*)/?([^?]*)(\\?.*)?");

  /** The server of a PostgreSQL, MariaDB or MySQL URL; {@code null} for any other URL (H2). */
  public static DatabaseServer of(String url, String user, String password) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      return null;
    }
    Kind kind = m.group(2).equals("postgresql") ? Kind.POSTGRESQL : Kind.MARIADB;
    return new DatabaseServer(kind, m.group(1), m.group(3), m.group(4) == null ? "" : m.group(4),
        user == null ? "" : user, password == null ? "" : password);
  }

  /** The URL of another database of the same server, with the same options. */
  public String urlOf(String otherDatabase) {
    return prefix + "/" + otherDatabase + options;
  }

  /** The URL of the server itself: PostgreSQL then connects to the database named as the user. */
  public String serverUrl() {
    return urlOf("");
  }

  /** Whether the server answers: a connection opens within a few seconds. */
  public boolean reachable() {
    DriverManager.setLoginTimeout(5);
    try (Connection c = connect(serverUrl())) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  /** Drops the database if it exists and creates it empty, so that every run starts clean. */
  public void recreate(String name) throws SQLException {
    drop(name);
    execute("create database " + quoted(name));
  }

  /** Drops the database, closing the connections other programs left open on it. */
  public void drop(String name) throws SQLException {
    execute("drop database if exists " + quoted(name) + (kind == Kind.POSTGRESQL ? " with (force)" : ""));
  }

  public Connection connect(String url) throws SQLException {
    try {
      // Registers the driver even where DriverManager did not find it by itself (a build script's class loader).
      Class.forName(kind.driver, true, DatabaseServer.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new SQLException("No JDBC driver " + kind.driver + " on the class path: add it as a test dependency", e);
    }
    return DriverManager.getConnection(url, user, password);
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = connect(serverUrl()); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String quoted(String name) {
    if (!name.toLowerCase(Locale.ROOT).matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    return kind.quote + name + kind.quote;
  }
}
