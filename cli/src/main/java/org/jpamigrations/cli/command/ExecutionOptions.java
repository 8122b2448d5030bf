package org.jpamigrations.cli.command;

import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How migrations run, for the commands that run them (upgrade and downgrade): the lock timeout of their statements,
 * and whether they share one transaction.
 */
final class ExecutionOptions {

  /** As LockWait.MAX_RETRIES; the runtime is on the application's class path, not the launcher's. */
  private static final int MAX_RETRIES = 50;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--ddl-lock-timeout", paramLabel = "<duration>", order = 13, converter = DurationConverter.class,
      description = "How long each migration statement waits for a table lock before the migration gives up and is"
          + " tried again, for migrations without @LockTimeout: 500ms, 2s, 1m. By default statements wait as the"
          + " database makes them.")
  Duration timeout;

  @Option(names = "--ddl-retries", paramLabel = "<n>", order = 14,
      description = "How many times a migration is tried again after a lock timeout of --ddl-lock-timeout; 5 by"
          + " default.")
  Integer retries;

  @Option(names = "--group", order = 15,
      description = "Run the migrations in one transaction, on databases whose DDL takes part in transactions"
          + " (PostgreSQL, SQL Server): all of them take effect, or none.")
  boolean group;

  void addTo(Map<String, String> request) {
    if (retries != null && (retries < 0 || retries > MAX_RETRIES)) {
      throw new ParameterException(mixee.commandLine(), "--ddl-retries is " + retries + ": give 0 to " + MAX_RETRIES);
    }
    if (timeout != null && timeout.isZero()) {
      throw new ParameterException(mixee.commandLine(), "--ddl-lock-timeout is 0: give more than zero, such as 2s");
    }
    ApplicationCommand.put(request, "ddlLockTimeout", timeout == null ? null : timeout.toString());
    ApplicationCommand.put(request, "ddlRetries", retries == null ? null : retries.toString());
    request.put("group", Boolean.toString(group));
  }
}
