package org.jpamigrations.it.scenario;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a scenario evolves: {@code scenario.url}, {@code scenario.user} and
 * {@code scenario.password} system properties, or a fresh in-memory H2 database when no URL is set.
 * Other than H2, the oracle needs a second, empty database of the same kind for Hibernate's export:
 * {@code scenario.expected.url}, {@code scenario.expected.user}, {@code scenario.expected.password}.
 */
public record Target(String url, String user, String password) {

  /** The empty database where Hibernate exports the expected schema, when the target is not H2. */
  public static Target expectedFromSystemProperties() {
    String url = System.getProperty("scenario.expected.url");
    if (url == null || url.isBlank()) {
      throw new AssertionError("The scenarios run on " + System.getProperty("scenario.url") + ": set"
          + " scenario.expected.url (and .user, .password) to an empty database of the same kind for the oracle");
    }
    return new Target(url, System.getProperty("scenario.expected.user", ""),
        System.getProperty("scenario.expected.password", ""));
  }

  private static final AtomicInteger FRESH = new AtomicInteger();

  public static Target fromSystemProperties(String scenario) {
    String url = System.getProperty("scenario.url");
    if (url == null || url.isBlank()) {
      return new Target("jdbc:h2:mem:" + scenario.replaceAll("\\W", "_") + FRESH.incrementAndGet()
          + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
    return new Target(url, System.getProperty("scenario.user", ""), System.getProperty("scenario.password", ""));
  }

  /** The database's name in a JDBC URL: h2, postgresql, mariadb, mysql... */
  public String kind() {
    String rest = url.substring("jdbc:".length());
    return rest.substring(0, rest.indexOf(':'));
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }
}
