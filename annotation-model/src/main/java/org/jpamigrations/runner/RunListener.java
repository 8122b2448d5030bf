package org.jpamigrations.runner;

/** Follows a run as it happens: for logs and progress output. */
public interface RunListener {

  /** Ignores everything. */
  RunListener NONE = new RunListener() {};

  /** Called just before a SQL statement is executed (not for Java steps of {@code op.execute}). */
  default void statement(String sql) {}

  /** Called after a migration was applied or undone and committed. */
  default void finished(StepResult step) {}
}
