package org.jpamigrations.it.scenario;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a scenario evolves: {@code scenario.url}, {@code scenario.user} and
 * {@code scenario.password} system properties, or a fresh in-memory H2 database when no URL is set.
 */
public record Target(String url, String user, String password) {

  private static final AtomicInteger FRESH = new AtomicInteger();

  public static Target fromSystemProperties(String scenario) {
    String url = System.getProperty("scenario.url");
    if (url == null || url.isBlank()) {
      return new Target("jdbc:h2:mem:" + scenario.replaceAll("\\W", "_") + FRESH.incrementAndGet()
          + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
    return new Target(url, System.getProperty("scenario.user", ""), System.getProperty("scenario.password", ""));
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }
}
