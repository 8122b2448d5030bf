package org.jpamigrations.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.jpamigrations.migration.MigrationException;

/**
 * Where the migrations run: a JDBC URL and credentials. The driver comes from the project's own
 * dependencies, found through {@link ServiceLoader} on the project's class loader (not
 * {@code DriverManager}, which only sees drivers of the caller's class loader).
 *
 * <p>{@link #toString()} and every message show the URL and user, never the password: not the
 * password given, nor one written into the URL ({@code password=...}, {@code //user:secret@host}).
 */
public record Database(String url, String user, String password) implements ConnectionSource {

  private static final Map<String, String> DRIVER_ARTIFACTS = Map.of(
      "jdbc:h2:", "com.h2database:h2",
      "jdbc:postgresql:", "org.postgresql:postgresql",
      "jdbc:mysql:", "com.mysql:mysql-connector-j",
      "jdbc:mariadb:", "org.mariadb.jdbc:mariadb-java-client",
      "jdbc:sqlserver:", "com.microsoft.sqlserver:mssql-jdbc",
      "jdbc:oracle:", "com.oracle.database.jdbc:ojdbc11");

  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)((?:password|pwd)=)[^&;]*");
  private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");

  public Database {
    if (url == null || url.isBlank()) {
      throw new MigrationException("No database URL: set migrations.url (for example jdbc:h2:./target/db)");
    }
    if (!url.strip().regionMatches(true, 0, "jdbc:", 0, 5)) {
      throw new MigrationException("Database URL " + mask(url)
          + " does not start with jdbc: set migrations.url to a JDBC URL, such as jdbc:postgresql://host:5432/db");
    }
  }

  /** Opens a connection, or fails with a message that says what to check. */
  @Override
  public Connection open(ClassLoader projectClassLoader) {
    Driver driver = driverFor(projectClassLoader);
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    try {
      Connection connection = driver.connect(url, properties);
      if (connection == null) {
        throw new MigrationException("The JDBC driver " + driver.getClass().getName() + " does not accept " + safeUrl());
      }
      return connection;
    } catch (SQLException e) {
      throw new MigrationException("Cannot connect to " + this + ": " + hide(firstLine(e.getMessage()))
          + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")") + ". " + hint(e), e);
    }
  }

  private Driver driverFor(ClassLoader loader) {
    try {
      for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
        if (driver.acceptsURL(url)) {
          return driver;
        }
      }
    } catch (SQLException | java.util.ServiceConfigurationError e) {
      throw new MigrationException("Cannot load the JDBC driver for " + safeUrl() + ": " + hide(e.getMessage()), e);
    }
    String artifact = DRIVER_ARTIFACTS.entrySet().stream()
        .filter(e -> url.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    throw new MigrationException("No JDBC driver for " + safeUrl() + " among the project's dependencies. "
        + (artifact == null ? "Add the database's JDBC driver" : "Add " + artifact)
        + " to the project's dependencies (any scope), or to the plugin's <dependencies>; for the CLI, put it on --classpath.");
  }

  /** What to check: an H2 file another process holds open has a fix of its own. */
  private String hint(SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (url.startsWith("jdbc:h2:") && (message.contains("already in use") || message.contains("locked by another"))) {
      return "Another process (the application, an IDE's database view) has the H2 file open: close it, or add"
          + " ;AUTO_SERVER=TRUE to the URL of both so that they can share it.";
    }
    return "Check migrations.url, migrations.user and migrations.password, and that the database is running.";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message from the driver";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The URL with any password in it masked. */
  public String safeUrl() {
    return mask(url);
  }

  private static String mask(String text) {
    String masked = URL_PASSWORD.matcher(text).replaceAll("$1***");
    return URL_USER_INFO.matcher(masked).replaceAll("$1***@");
  }

  /** A driver's message with the password masked, should the driver repeat it. */
  @Override
  public String hide(String text) {
    if (text == null || password == null || password.isEmpty()) {
      return text;
    }
    // as a token only: a short password must not mask the letters of ordinary words ("e***ist")
    return text.replaceAll("(?<![A-Za-z0-9])" + Pattern.quote(password) + "(?![A-Za-z0-9])", "***");
  }

  @Override
  public String toString() {
    return safeUrl() + (user == null || user.isEmpty() ? "" : " as " + user);
  }
}
