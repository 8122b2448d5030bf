package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements that set a lock timeout on each database, and the errors that tell one happened. */
class LockTimeoutSqlTest {

  private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

  @Test
  void postgresqlSetsItForTheTransactionOrForTheSessionAndPutsTheSessionsBack() {
    SqlDialect postgresql = SqlDialects.forName("postgresql");

    assertThat(postgresql.lockTimeout(TWO_SECONDS, true))
        .isEqualTo(new LockTimeoutSql(List.of("set local lock_timeout = '2000ms'"), null, null, null));
    LockTimeoutSql session = postgresql.lockTimeout(Duration.ofMillis(300), false);
    assertThat(session.set()).containsExactly("set lock_timeout = '300ms'");
    assertThat(session.current()).isEqualTo("show lock_timeout");
    assertThat(session.restore("0")).isEqualTo("set lock_timeout = '0'");
    assertThat(session.reset()).isEqualTo("reset lock_timeout");
    assertThat(postgresql.isLockTimeout(new SQLException("canceling statement due to lock timeout", "55P03")))
        .isTrue();
    assertThat(postgresql.isLockTimeout(new SQLException("deadlock detected", "40P01"))).isFalse();
  }

  @Test
  void mysqlAndMariadbTakeWholeSecondsRoundedUpForTheSessionAndPutItsOwnBack() {
    for (String name : new String[] {"mysql", "mariadb"}) {
      SqlDialect dialect = SqlDialects.forName(name);
      for (boolean inTransaction : new boolean[] {true, false}) {
        LockTimeoutSql sql = dialect.lockTimeout(Duration.ofMillis(300), inTransaction);
        assertThat(sql.set()).as(name).containsExactly("set session lock_wait_timeout = 1");
        assertThat(sql.current()).isEqualTo("select @@session.lock_wait_timeout");
        assertThat(sql.restore("86400")).isEqualTo("set session lock_wait_timeout = 86400");
        assertThat(sql.reset()).isEqualTo("set session lock_wait_timeout = default");
      }
      assertThat(dialect.lockTimeout(Duration.ofMillis(2001), true).set())
          .containsExactly("set session lock_wait_timeout = 3");
      assertThat(dialect.isLockTimeout(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
      assertThat(dialect.isLockTimeout(new SQLException("Deadlock found", "40001", 1213))).isFalse();
    }
  }

  @Test
  void h2SetsMillisecondsForTheSession() {
    SqlDialect h2 = SqlDialects.forName("h2");

    LockTimeoutSql sql = h2.lockTimeout(TWO_SECONDS, true);
    assertThat(sql.set()).containsExactly("set lock_timeout 2000");
    assertThat(sql.current()).isEqualTo("select lock_timeout()");
    assertThat(sql.restore("1000")).isEqualTo("set lock_timeout 1000");
    assertThat(h2.isLockTimeout(new SQLException("Timeout trying to lock table", "HYT00", 50200))).isTrue();
  }

  @Test
  void sqlServerAndOracleSetNothingHere() {
    for (String name : new String[] {"sqlserver", "oracle"}) {
      SqlDialect dialect = SqlDialects.forName(name);
      assertThat(dialect.lockTimeout(TWO_SECONDS, true).supported()).as(name).isFalse();
      assertThat(dialect.lockTimeout(TWO_SECONDS, false)).isEqualTo(LockTimeoutSql.NONE);
    }
  }
}
