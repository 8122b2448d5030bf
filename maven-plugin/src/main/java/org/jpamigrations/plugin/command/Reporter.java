package org.jpamigrations.plugin.command;

/** Where the commands report progress: the Maven log, or anything else that prints lines. */
public interface Reporter {
  void info(String line);

  void warn(String line);

  void debug(String line);

  /** Whether debug lines are shown (Maven's {@code -X}). */
  default boolean isDebugEnabled() {
    return false;
  }
}
