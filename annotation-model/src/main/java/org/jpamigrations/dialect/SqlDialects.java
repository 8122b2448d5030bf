package org.jpamigrations.dialect;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.hibernate.engine.jdbc.dialect.internal.StandardDialectResolver;
import org.hibernate.engine.jdbc.dialect.spi.DatabaseMetaDataDialectResolutionInfoAdapter;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.operation.Operation;

/** Finds the {@link SqlDialect} for a database: from a connection, a short name or a dialect class. */
public final class SqlDialects {

  /** The short names accepted for a dialect, and the Hibernate dialect each stands for. */
  private static final Map<String, Class<? extends Dialect>> NAMES = new LinkedHashMap<>();

  /** JDBC URL prefixes and the dialect of each. */
  private static final Map<String, Class<? extends Dialect>> URL_PREFIXES = new LinkedHashMap<>();

  static {
    NAMES.put("h2", H2Dialect.class);
    NAMES.put("postgresql", PostgreSQLDialect.class);
    NAMES.put("mysql", MySQLDialect.class);
    NAMES.put("mariadb", MariaDBDialect.class);
    NAMES.put("sqlserver", SQLServerDialect.class);
    NAMES.put("oracle", OracleDialect.class);
    URL_PREFIXES.put("jdbc:h2:", H2Dialect.class);
    URL_PREFIXES.put("jdbc:postgresql:", PostgreSQLDialect.class);
    URL_PREFIXES.put("jdbc:mariadb:", MariaDBDialect.class);
    URL_PREFIXES.put("jdbc:mysql:", MySQLDialect.class);
    URL_PREFIXES.put("jdbc:sqlserver:", SQLServerDialect.class);
    URL_PREFIXES.put("jdbc:oracle:", OracleDialect.class);
  }

  private SqlDialects() {}

  /**
   * Whether some database runs the operation only outside a transaction, so that a migration holding it must be
   * {@code @Revision(transactional = false)} to run everywhere: what {@code generate} asks before any database
   * is known.
   */
  public static boolean outsideTransactionSomewhere(Operation operation) {
    return Vendor.ALL.stream().anyMatch(vendor -> vendor.outsideTransaction(operation));
  }

  /**
   * The dialect for the database behind the connection. Without an override, Hibernate's dialect
   * resolution reads the product and version from the connection's metadata; with one, that dialect
   * is used, still told the server's version when it can take it.
   */
  public static SqlDialect forConnection(Connection connection, String override) {
    DialectResolutionInfo info;
    try {
      DatabaseMetaData metaData = connection.getMetaData();
      info = new DatabaseMetaDataDialectResolutionInfoAdapter(metaData);
      if (isBlank(override)) {
        Dialect dialect = new StandardDialectResolver().resolveDialect(info);
        if (dialect == null) {
          throw new MigrationException("No SQL dialect is known for database " + metaData.getDatabaseProductName()
              + " " + metaData.getDatabaseProductVersion() + ": set the dialect to one of " + acceptedNames());
        }
        return new HibernateSqlDialect(dialect);
      }
    } catch (SQLException e) {
      throw new MigrationException("Could not read the database's metadata to choose its SQL dialect ("
          + e.getMessage() + "): check the connection, or set the dialect explicitly", e);
    }
    return new HibernateSqlDialect(instantiate(dialectClass(override), info));
  }

  /**
   * The dialect named {@code h2}, {@code postgresql}, {@code mysql}, {@code mariadb},
   * {@code sqlserver} or {@code oracle} (any case), or by the class name of a Hibernate dialect.
   */
  public static SqlDialect forName(String nameOrClass) {
    return new HibernateSqlDialect(instantiate(dialectClass(nameOrClass), null));
  }

  /**
   * Settings that let Hibernate read a mapping without a connection: the dialect from the override,
   * else from the JDBC URL (H2 when neither tells), and no JDBC metadata access.
   */
  public static Map<String, String> hibernateSettings(String jdbcUrl, String override) {
    Class<? extends Dialect> dialect = isBlank(override) ? fromUrl(jdbcUrl) : dialectClass(override);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("hibernate.dialect", dialect.getName());
    settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
    return settings;
  }

  /**
   * Whether a mapping read with this {@code hibernate.dialect} (a class name) is read for every database:
   * none given, or H2's, the portable reading.
   */
  public static boolean portableReading(String dialectClassName) {
    return isBlank(dialectClassName) || dialectClassName.strip().equals(H2Dialect.class.getName());
  }

  /**
   * The key of the database a Hibernate dialect class is for ({@code postgresql}), as {@code @Revision(databases)}
   * names it: that of the most specific known dialect it extends (MariaDB's, not MySQL's, for MariaDB).
   *
   * @throws MigrationException for a dialect of none of the databases known here
   */
  public static String key(String dialectClassName) {
    Class<? extends Dialect> type = dialectClass(dialectClassName);
    String best = null;
    for (Map.Entry<String, Class<? extends Dialect>> known : NAMES.entrySet()) {
      if (known.getValue().isAssignableFrom(type)
          && (best == null || NAMES.get(best).isAssignableFrom(known.getValue()))) {
        best = known.getKey();
      }
    }
    if (best == null) {
      throw new MigrationException("Dialect " + dialectClassName + " is for none of the databases "
          + "migrations can name (" + String.join(", ", NAMES.keySet()) + "): leave migrations.dialect unset");
    }
    return best;
  }

  private static Class<? extends Dialect> fromUrl(String jdbcUrl) {
    if (jdbcUrl != null) {
      String url = jdbcUrl.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Class<? extends Dialect>> prefix : URL_PREFIXES.entrySet()) {
        if (url.startsWith(prefix.getKey())) {
          return prefix.getValue();
        }
      }
    }
    return H2Dialect.class;
  }

  private static Class<? extends Dialect> dialectClass(String nameOrClass) {
    if (isBlank(nameOrClass)) {
      throw unknown(nameOrClass);
    }
    String name = nameOrClass.strip();
    Class<? extends Dialect> known = NAMES.get(name.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    try {
      Class<?> type = Class.forName(name, true, classLoader());
      if (!Dialect.class.isAssignableFrom(type)) {
        throw new MigrationException("Dialect " + name + " is not a Hibernate dialect (org.hibernate.dialect.Dialect): "
            + "use one of " + acceptedNames());
      }
      return type.asSubclass(Dialect.class);
    } catch (ClassNotFoundException e) {
      throw unknown(name);
    }
  }

  /** The dialect, told the server's version through the constructor that takes it, if any. */
  private static Dialect instantiate(Class<? extends Dialect> type, DialectResolutionInfo info) {
    try {
      if (info != null) {
        try {
          Constructor<? extends Dialect> withInfo = type.getConstructor(DialectResolutionInfo.class);
          return withInfo.newInstance(info);
        } catch (NoSuchMethodException e) {
          // fall back to the dialect's default version
        }
      }
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new MigrationException("Could not create dialect " + type.getName() + " (" + e + "): "
          + "use one of " + acceptedNames(), e);
    }
  }

  private static MigrationException unknown(String name) {
    return new MigrationException("Unknown SQL dialect '" + name + "': use one of " + acceptedNames());
  }

  private static String acceptedNames() {
    return String.join(", ", NAMES.keySet()) + ", or the class name of a Hibernate dialect";
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SqlDialects.class.getClassLoader();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
