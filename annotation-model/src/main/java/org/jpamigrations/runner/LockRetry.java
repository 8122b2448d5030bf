package org.jpamigrations.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jpamigrations.dialect.LockTimeoutSql;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;

/**
 * The lock timeout of one migration: set on the session for each attempt and the session's own value put back
 * after, lock timeouts told from other failures, and the pause before the next attempt, which doubles each time
 * so that the transaction in the way gets a chance to end.
 *
 * @param lockWait the migration's {@code @LockTimeout}, else the run-wide one; empty to wait as the database does
 */
record LockRetry(SqlDialect dialect, Optional<LockWait> lockWait, MigrationScript script, RunListener listener) {

  static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

  /** The migration's own wait wins over the run-wide one. */
  static LockRetry of(SqlDialect dialect, MigrationScript script, Optional<LockWait> runWide, RunListener listener) {
    Optional<LockWait> declared = LockWait.declaredBy(script.type());
    return new LockRetry(dialect, declared.isPresent() ? declared : runWide, script, listener);
  }

  /** The statements that set the timeout, as the migration runs them; none without a wait. */
  LockTimeoutSql sql(boolean inTransaction) {
    return lockWait.map(w -> dialect.lockTimeout(w.timeout(), inTransaction)).orElse(LockTimeoutSql.NONE);
  }

  /**
   * Sets the timeout on the session for one attempt.
   *
   * @return what puts the session's previous value back, or {@code null} when nothing needs to
   */
  String set(Connection connection, boolean inTransaction) throws SQLException {
    LockTimeoutSql sql = sql(inTransaction);
    if (!sql.supported()) {
      return null;
    }
    try (Statement statement = connection.createStatement()) {
      String restore = null;
      if (sql.current() != null) {
        try (ResultSet row = statement.executeQuery(sql.current())) {
          row.next();
          restore = sql.restore(row.getString(1));
        }
      }
      for (String set : sql.set()) {
        listener.statement(set);
        statement.execute(set);
      }
      return restore;
    }
  }

  /** Puts the session's value back; a failure only warns, as the run's outcome matters more. */
  void restore(Connection connection, String restore) {
    if (restore == null) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(restore);
    } catch (SQLException e) {
      listener.warning("Could not put back the session's lock timeout (" + restore + "): " + e.getMessage());
    }
  }

  /** Whether the failure is the database giving up on a lock, anywhere in its causes. */
  boolean isLockTimeout(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof SQLException sql && dialect.isLockTimeout(sql)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a wait is set and the failure of attempt {@code attempt} (from 1) is a lock timeout with attempts left. */
  boolean mayRetry(Throwable failure, int attempt) {
    return lockWait.isPresent() && attempt < lockWait.get().attempts() && isLockTimeout(failure);
  }

  /** Whether the migration gave up on a lock it was told to wait for briefly: its message says what to do. */
  boolean gaveUp(Throwable failure) {
    return lockWait.isPresent() && dialect.lockTimeout(lockWait.get().timeout(), true).supported() && isLockTimeout(failure);
  }

  /**
   * Logs the failed attempt in one line and pauses before the next.
   *
   * @param statement the statement that timed out
   * @param again what runs again: {@code the migration} or {@code the statement}
   */
  void pause(int attempt, String statement, String again) {
    Duration pause = pauseAfter(attempt);
    listener.warning("Migration " + script.label() + ": lock timeout on " + RunMessages.lockTarget(statement)
        + ", attempt " + attempt + " of " + lockWait.orElseThrow().attempts() + ", retrying " + again + " in "
        + seconds(pause));
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException("Interrupted while waiting to retry migration " + script.label()
          + " after a lock timeout; nothing more of it ran.", e);
    }
  }

  /** 0.5 s after the first attempt, doubling, at most 10 s. */
  static Duration pauseAfter(int attempt) {
    long millis = FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, LONGEST_PAUSE.toMillis()));
  }

  private static String seconds(Duration pause) {
    long millis = pause.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
