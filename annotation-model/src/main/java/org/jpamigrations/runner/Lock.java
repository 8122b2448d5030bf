package org.jpamigrations.runner;

import java.sql.Connection;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;

/**
 * The database-wide lock a run holds, so that two runs against one database never apply a migration
 * twice or interleave. PostgreSQL and MySQL/MariaDB have lock functions, freed when the session ends;
 * other databases get a lock row in the history table.
 */
public sealed interface Lock permits PostgreSqlLock, MySqlLock, TableLock {

  /** Waits for the lock, at most {@code timeout}; fails naming the holder, where the database tells. */
  void acquire(Connection connection, Duration timeout);

  /** Frees the lock; does nothing when it is not held. */
  void release(Connection connection);

  /** The lock for the dialect's database, scoped to the history table (one per set of migrations). */
  static Lock of(SqlDialect dialect, HistoryTable history) {
    return switch (dialect.lockStyle()) {
      case ADVISORY -> new PostgreSqlLock(history.name());
      case NAMED -> new MySqlLock(history.name());
      case TABLE_ROW -> new TableLock(history);
    };
  }

  /** Tries until the attempt succeeds or the timeout passes; {@code false} on timeout. */
  static boolean poll(Duration timeout, BooleanSupplier attempt) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (attempt.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationException("Interrupted while waiting for the migrations lock", e);
      }
    }
  }

  /** The message when the timeout passed. */
  static MigrationException timedOut(Duration timeout, String holder, String fix) {
    return new MigrationException("Cannot lock the database for migrations: another run has held the lock for"
        + " more than " + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms") + (holder == null ? "" : " (" + holder + ")")
        + ". Wait for it to finish and run again, or raise -Dmigrations.lockTimeout (seconds). " + fix);
  }
}
