package org.jpamigrations.runner;

import java.time.Duration;
import java.util.Optional;
import org.jpamigrations.migration.LockWait;

/**
 * How a {@link MigrationRunner} goes about a run.
 *
 * @param lockTimeout how long to wait for another run's database lock before giving up
 * @param acceptChanged accept applied migrations edited since they ran, storing their new checksum,
 *     instead of refusing to upgrade
 * @param dryRun report the SQL a run would execute (through {@link RunListener#statement}) and
 *     change nothing: no lock, no history table, no statement
 * @param ddlLockTimeout how long each migration statement waits for a table lock before the migration is
 *     retried, for migrations without {@code @LockTimeout}; {@code null} to wait as the database does
 * @param ddlRetries how many times such a migration is tried again after a lock timeout
 * @param runContracts run contract migrations ({@code @Revision(contract = true)}) that an upgrade to the
 *     head would hold back, once no instance of the application version before them runs
 * @param group run the migrations of one run in one transaction, where the database's DDL is transactional
 *     (PostgreSQL, SQL Server): all of them take effect, or none. A migration outside a transaction or with a lock
 *     timeout runs in its own, and what ran before it is committed first.
 */
public record RunOptions(Duration lockTimeout, boolean acceptChanged, boolean dryRun, Duration ddlLockTimeout,
    int ddlRetries, boolean runContracts, boolean group) {

  /**
   * A 60 second lock timeout, edited migrations refused, statements run, no DDL lock timeout, contracts held
   * back, a transaction per migration.
   */
  public static final RunOptions DEFAULTS =
      new RunOptions(Duration.ofSeconds(60), false, false, null, LockWait.DEFAULT_RETRIES, false, false);

  public RunOptions {
    if (lockTimeout == null || lockTimeout.isNegative()) {
      throw new IllegalArgumentException("The lock timeout must be zero or more, not " + lockTimeout);
    }
    if (ddlLockTimeout != null) {
      new LockWait(ddlLockTimeout, ddlRetries); // checks both
    }
  }

  public RunOptions(Duration lockTimeout, boolean acceptChanged, boolean dryRun) {
    this(lockTimeout, acceptChanged, dryRun, null, LockWait.DEFAULT_RETRIES, false, false);
  }

  public RunOptions withLockTimeout(Duration timeout) {
    return new RunOptions(timeout, acceptChanged, dryRun, ddlLockTimeout, ddlRetries, runContracts, group);
  }

  public RunOptions withAcceptChanged(boolean accept) {
    return new RunOptions(lockTimeout, accept, dryRun, ddlLockTimeout, ddlRetries, runContracts, group);
  }

  public RunOptions withDryRun(boolean dry) {
    return new RunOptions(lockTimeout, acceptChanged, dry, ddlLockTimeout, ddlRetries, runContracts, group);
  }

  /** The run-wide DDL lock timeout ({@code null} for none) and retries. */
  public RunOptions withDdlLockTimeout(Duration timeout, int retries) {
    return new RunOptions(lockTimeout, acceptChanged, dryRun, timeout, retries, runContracts, group);
  }

  public RunOptions withRunContracts(boolean run) {
    return new RunOptions(lockTimeout, acceptChanged, dryRun, ddlLockTimeout, ddlRetries, run, group);
  }

  public RunOptions withGroup(boolean oneTransaction) {
    return new RunOptions(lockTimeout, acceptChanged, dryRun, ddlLockTimeout, ddlRetries, runContracts, oneTransaction);
  }

  /** The run-wide wait, if one is set. */
  public Optional<LockWait> ddlLockWait() {
    return ddlLockTimeout == null ? Optional.empty() : Optional.of(new LockWait(ddlLockTimeout, ddlRetries));
  }
}
