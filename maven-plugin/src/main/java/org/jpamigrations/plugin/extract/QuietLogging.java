package org.jpamigrations.plugin.extract;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's informational boot messages out of the build output. Hibernate logs through
 * JBoss Logging, which ends up in java.util.logging or in SLF4J (Maven's simple logger); both are
 * limited to warnings for {@code org.hibernate} while open.
 */
final class QuietLogging implements AutoCloseable {

  private static final String CATEGORY = "org.hibernate";
  /** Read by SLF4J's simple logger, and Maven's, whenever a logger is created. */
  private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.log." + CATEGORY;

  private final Logger julLogger;
  private final Level previousLevel;

  private QuietLogging(Logger julLogger, Level previousLevel) {
    this.julLogger = julLogger;
    this.previousLevel = previousLevel;
  }

  static QuietLogging hibernate() {
    Logger logger = Logger.getLogger(CATEGORY);
    Level previous = logger.getLevel();
    if (previous == null || previous.intValue() < Level.WARNING.intValue()) {
      logger.setLevel(Level.WARNING);
    }
    // Loggers created later keep this level; set it only when the user has not chosen one.
    if (System.getProperty(SIMPLE_LOGGER_LEVEL) == null) {
      System.setProperty(SIMPLE_LOGGER_LEVEL, "warn");
    }
    return new QuietLogging(logger, previous);
  }

  @Override
  public void close() {
    julLogger.setLevel(previousLevel);
  }
}
