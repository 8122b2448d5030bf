package org.jpamigrations.runner;

import java.time.Duration;

/**
 * How a {@link MigrationRunner} goes about a run.
 *
 * @param lockTimeout how long to wait for another run's database lock before giving up
 * @param acceptChanged accept applied migrations edited since they ran, storing their new checksum,
 *     instead of refusing to upgrade
 * @param dryRun report the SQL a run would execute (through {@link RunListener#statement}) and
 *     change nothing: no lock, no history table, no statement
 * @param runContracts run contract migrations ({@code @Revision(contract = true)}) that an upgrade to the
 *     head would hold back, once no instance of the application version before them runs
 */
public record RunOptions(Duration lockTimeout, boolean acceptChanged, boolean dryRun, boolean runContracts) {

  /** A 60 second lock timeout, edited migrations refused, statements run, contracts held back. */
  public static final RunOptions DEFAULTS = new RunOptions(Duration.ofSeconds(60), false, false, false);

  public RunOptions {
    if (lockTimeout == null || lockTimeout.isNegative()) {
      throw new IllegalArgumentException("The lock timeout must be zero or more, not " + lockTimeout);
    }
  }

  public RunOptions withLockTimeout(Duration timeout) {
    return new RunOptions(timeout, acceptChanged, dryRun, runContracts);
  }

  public RunOptions withAcceptChanged(boolean accept) {
    return new RunOptions(lockTimeout, accept, dryRun, runContracts);
  }

  public RunOptions withDryRun(boolean dry) {
    return new RunOptions(lockTimeout, acceptChanged, dry, runContracts);
  }

  public RunOptions withRunContracts(boolean run) {
    return new RunOptions(lockTimeout, acceptChanged, dryRun, run);
  }
}
