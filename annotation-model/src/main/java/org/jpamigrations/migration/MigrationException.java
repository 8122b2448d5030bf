package org.jpamigrations.migration;

/**
 * A failure the user can act on: bad input, a broken migration, a database that refused a statement.
 * Its message names the thing, the cause and the fix; the Maven goals print it without a stack trace.
 */
public class MigrationException extends RuntimeException {

  public MigrationException(String message) {
    super(message);
  }

  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
