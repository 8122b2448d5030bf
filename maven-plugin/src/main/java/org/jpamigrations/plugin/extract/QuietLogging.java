package org.jpamigrations.plugin.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's boot chatter (version banners, dialect notes) out of the build output while it is
 * open, and puts the levels back on close. Hibernate logs through JBoss Logging, pointed here at
 * java.util.logging unless the user chose otherwise; SLF4J's simple logger (Maven's) is told too.
 * {@code org.hibernate} is limited to warnings, and its deprecation notices (such as "the dialect need
 * not be set", about a setting this plugin makes) to errors. The MariaDB driver's warnings go too: it logs a
 * refused connection ({@code Error: 1049-42000: Unknown database}) that the goal's own error then repeats.
 *
 * <p>The goals open it first, verbose under {@code -X}; the extractor opens it again for callers without
 * Maven (tests, tools), which changes only a level nobody has set.
 */
public final class QuietLogging implements AutoCloseable {

  private static final String HIBERNATE = "org.hibernate";
  private static final String DEPRECATION = "org.hibernate.orm.deprecation";
  private static final String MARIADB = "org.mariadb.jdbc";
  /** Read by SLF4J's simple logger, and Maven's, whenever a logger is created. */
  private static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.log.";

  // Held while open: java.util.logging forgets the level of a logger nobody references.
  private final List<Logger> loggers = new ArrayList<>();
  private final List<Level> previousLevels = new ArrayList<>();

  private QuietLogging() {}

  /** For a goal: Hibernate's warnings only, or everything it says when {@code verbose} ({@code -X}). */
  public static QuietLogging hibernate(boolean verbose) {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    QuietLogging quiet = new QuietLogging();
    quiet.set(HIBERNATE, verbose ? Level.INFO : Level.WARNING, verbose ? null : "warn", true);
    quiet.set(DEPRECATION, verbose ? Level.INFO : Level.SEVERE, verbose ? null : "error", true);
    quiet.set(MARIADB, verbose ? Level.INFO : Level.SEVERE, verbose ? null : "error", true);
    return quiet;
  }

  /** While the mapping is read: quiet, unless a goal (or the user) has already chosen the levels. */
  static QuietLogging hibernate() {
    QuietLogging quiet = new QuietLogging();
    quiet.set(HIBERNATE, Level.WARNING, "warn", false);
    quiet.set(DEPRECATION, Level.SEVERE, "error", false);
    return quiet;
  }

  private void set(String category, Level julLevel, String simpleLoggerLevel, boolean overrule) {
    Logger logger = Logger.getLogger(category);
    Level previous = logger.getLevel();
    loggers.add(logger);
    previousLevels.add(previous);
    if (overrule || previous == null) {
      logger.setLevel(julLevel);
    }
    // Loggers created later keep this level; set it only when the user has not chosen one.
    if (simpleLoggerLevel != null && System.getProperty(SIMPLE_LOGGER + category) == null) {
      System.setProperty(SIMPLE_LOGGER + category, simpleLoggerLevel);
    }
  }

  @Override
  public void close() {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).setLevel(previousLevels.get(i));
    }
  }
}
