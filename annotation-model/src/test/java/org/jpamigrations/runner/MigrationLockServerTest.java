package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrations lock on live PostgreSQL and MariaDB, held by a second session as another run holds it: an upgrade
 * with a migration to apply waits for it and fails naming the holder, and applies it once the lock is free; an
 * upgrade with nothing to do goes on without it.
 */
class MigrationLockServerTest {

  private static final RunOptions BRIEFLY = RunOptions.DEFAULTS.withLockTimeout(Duration.ofMillis(300));

  private final HistoryTable history = new HistoryTable();
  private final RevisionGraph graph = LockTimeoutMigrations.graph(LockTimeoutMigrations.AddQtyPlain.class);

  @ParameterizedTest
  @EnumSource(Server.class)
  void aRunWithWorkWaitsForTheLockAndARunWithNoneDoesNot(Server server) throws Exception {
    try (Server.Scratch db = server.scratch(); Connection connection = db.connect(); Connection other = db.connect()) {
      SqlDialect dialect = SqlDialects.forConnection(connection, null);
      Lock held = Lock.of(dialect, history);
      runner(connection, dialect).upgrade("1");

      held.acquire(other, Duration.ofSeconds(1));
      assertThatThrownBy(() -> runner(connection, dialect).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("another run has held the lock for more than")
          .hasMessageContaining(server == Server.POSTGRESQL
              ? "application 'jpa-migrations: " + RunOwner.describe() + "'" : "held by connection");
      assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");

      held.release(other);
      assertThat(runner(connection, dialect).upgrade(null)).extracting(StepResult::revision).containsExactly("2");

      held.acquire(other, Duration.ofSeconds(1));
      MigrationRunner again = runner(connection, dialect);
      assertThat(again.upgrade(null)).isEmpty();
      assertThat(again.startedAt()).isEqualTo("2");
      held.release(other);
    }
  }

  private MigrationRunner runner(Connection connection, SqlDialect dialect) {
    return new MigrationRunner(connection, dialect, graph, history, RunListener.NONE, BRIEFLY);
  }
}
