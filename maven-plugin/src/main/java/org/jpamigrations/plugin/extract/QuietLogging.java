package org.jpamigrations.plugin.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's boot chatter out of the build output. Hibernate logs through JBoss Logging,
 * which ends up in java.util.logging or in SLF4J (Maven's simple logger): {@code org.hibernate} is
 * limited to warnings, and its deprecation notices (such as "the dialect need not be set", about a
 * setting this plugin makes) to errors.
 */
final class QuietLogging implements AutoCloseable {

  private static final String HIBERNATE = "org.hibernate";
  private static final String DEPRECATION = "org.hibernate.orm.deprecation";
  /** Read by SLF4J's simple logger, and Maven's, whenever a logger is created. */
  private static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.log.";

  private final List<Logger> loggers = new ArrayList<>();
  private final List<Level> previousLevels = new ArrayList<>();

  private QuietLogging() {}

  static QuietLogging hibernate() {
    QuietLogging quiet = new QuietLogging();
    quiet.limit(HIBERNATE, Level.WARNING, "warn");
    quiet.limit(DEPRECATION, Level.SEVERE, "error");
    return quiet;
  }

  private void limit(String category, Level julLevel, String simpleLoggerLevel) {
    Logger logger = Logger.getLogger(category);
    Level previous = logger.getLevel();
    loggers.add(logger);
    previousLevels.add(previous);
    if (previous == null || previous.intValue() < julLevel.intValue()) {
      logger.setLevel(julLevel);
    }
    // Loggers created later keep this level; set it only when the user has not chosen one.
    if (System.getProperty(SIMPLE_LOGGER + category) == null) {
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
