package org.jpamigrations.benchmarks;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/** Flyway's log, kept quiet but for errors: the benchmark table is the output. Flyway instantiates it by name. */
public final class QuietFlywayLog implements LogCreator, Log {

  @Override
  public Log createLogger(Class<?> type) {
    return this;
  }

  @Override
  public void debug(String message) {}

  @Override
  public void info(String message) {}

  @Override
  public void warn(String message) {}

  @Override
  public void notice(String message) {}

  @Override
  public void error(String message) {
    System.err.println("Flyway: " + message);
  }

  @Override
  public void error(String message, Exception e) {
    System.err.println("Flyway: " + message + ": " + e);
  }
}
