package org.jpamigrations.runner;

import java.lang.System.Logger.Level;

/**
 * Reports a run through {@link System.Logger} under {@code org.jpamigrations}, so that it lands in the
 * application's own logging (Spring Boot routes it to Logback or Log4j2 with its JUL bridge).
 */
public final class LoggingListener implements RunListener {

  private static final System.Logger LOG = System.getLogger("org.jpamigrations");

  @Override
  public void statement(String sql) {
    LOG.log(Level.DEBUG, sql);
  }

  @Override
  public void finished(StepResult step) {
    LOG.log(Level.INFO, StepLine.of(step));
  }

  @Override
  public void warning(String message) {
    LOG.log(Level.WARNING, message);
  }

  @Override
  public void info(String message) {
    LOG.log(Level.INFO, message);
  }
}
