package org.jpamigrations.dialect;

import java.util.List;

/**
 * How a database is told to stop waiting for a lock after a while: what sets the timeout before a migration's
 * statements, and how the session gets its own value back after.
 *
 * @param set the statements that set it, run before the migration's (inside its transaction when it has one)
 * @param current a query of one value, the session's setting before: read first and put back with
 *     {@link #restore}; {@code null} when the setting ends with the transaction by itself
 * @param restore the statement that puts a value {@code current} read back, {@code %s} standing for it
 * @param reset what a script runs after the migration, where nothing can be read first: the server's default
 */
public record LockTimeoutSql(List<String> set, String current, String restore, String reset) {

  /** A database with no such setting here: statements wait as the database makes them. */
  public static final LockTimeoutSql NONE = new LockTimeoutSql(List.of(), null, null, null);

  public LockTimeoutSql {
    set = List.copyOf(set);
  }

  /** Whether the database has the setting at all. */
  public boolean supported() {
    return !set.isEmpty();
  }

  /** The statement that puts the session's previous value back. */
  public String restore(String previous) {
    return restore.formatted(previous);
  }
}
