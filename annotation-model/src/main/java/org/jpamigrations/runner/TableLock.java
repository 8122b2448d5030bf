package org.jpamigrations.runner;

import java.sql.Connection;
import java.time.Duration;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;

/**
 * For databases without a lock function (H2, SQL Server, Oracle, others): a row in the history
 * table whose primary key only one run can insert. The history table must exist. A run that dies
 * leaves the row behind; the timeout message says who took it, when, and how to delete it.
 */
record TableLock(HistoryTable history) implements Lock {

  @Override
  public void acquire(Connection connection, Duration timeout) {
    String owner = RunOwner.describe();
    if (!Lock.poll(timeout, () -> history.tryLock(connection, owner))) {
      AppliedRevision holder = history.lockHolder(connection);
      throw Lock.timedOut(timeout,
          holder == null ? null : "taken by " + holder.message() + " at " + holder.appliedAt(),
          "If that run died, free the lock: " + history.unlockSql());
    }
  }

  @Override
  public void release(Connection connection) {
    history.unlock(connection);
  }
}
