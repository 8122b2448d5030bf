package org.jpamigrations.runner;

/** Follows a run as it happens: for logs and progress output. */
public interface RunListener {

  /** Ignores everything. */
  RunListener NONE = new RunListener() {};

  /**
   * Called just before a SQL statement is executed (not for Java steps of {@code op.execute}). In a dry
   * run, called instead of executing it; a Java step then comes as a SQL comment.
   */
  default void statement(String sql) {}

  /** Called after a migration was applied or undone and committed. */
  default void finished(StepResult step) {}

  /** Something the user should know that does not stop the run (an accepted edit of an applied migration). */
  default void warning(String message) {}

  /** What a run did, in one line: where the database was and where it is now. */
  default void info(String message) {}
}
