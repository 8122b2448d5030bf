package org.jpamigrations.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jpamigrations.runner.H2;
import org.jpamigrations.runner.PlainH2Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryTableTest {

  private static final Instant NOON = Instant.parse("2026-01-01T12:00:00.123456Z");

  private Connection connection;

  @BeforeEach
  void open() throws Exception {
    connection = H2.open();
  }

  @AfterEach
  void close() throws Exception {
    H2.shutdown(connection);
  }

  @Test
  void ensureCreatesTheTableOnce() throws Exception {
    HistoryTable history = new HistoryTable();
    assertThat(history.name()).isEqualTo("jpa_migrations_history");
    assertThat(history.exists(connection)).isFalse();
    assertThat(history.applied(connection)).isEmpty();

    history.ensure(connection, new PlainH2Dialect());
    history.ensure(connection, new PlainH2Dialect());

    assertThat(history.exists(connection)).isTrue();
    for (String column : new String[] {"revision", "message", "checksum", "applied_at", "execution_ms", "applied_by"}) {
      assertThat(H2.hasColumn(connection, "jpa_migrations_history", column)).as(column).isTrue();
    }
  }

  @Test
  void rowsRoundTripInOrderOfApplication() {
    HistoryTable history = new HistoryTable();
    history.ensure(connection, new PlainH2Dialect());
    AppliedRevision later = new AppliedRevision("1", "first", "abc", NOON.plus(1, ChronoUnit.MINUTES), 5, "ann");
    AppliedRevision earlier = new AppliedRevision("2", "second", "def", NOON, 7, "bob");

    history.insert(connection, later);
    history.insert(connection, earlier);

    assertThat(history.applied(connection)).containsExactly(earlier, later);

    history.delete(connection, "2");

    assertThat(history.applied(connection)).containsExactly(later);
  }

  @Test
  void aQuotedNameKeepsItsCase() throws Exception {
    HistoryTable history = new HistoryTable("`Schema History`");
    history.ensure(connection, new PlainH2Dialect());
    history.insert(connection, new AppliedRevision("1", "first", "abc", NOON, 5, "ann"));

    assertThat(history.exists(connection)).isTrue();
    assertThat(history.applied(connection)).extracting(AppliedRevision::revision).containsExactly("1");
    assertThat(H2.count(connection, "\"Schema History\"")).isEqualTo(1);
  }

  @Test
  void theStatementThatFreesTheLockQuotesTheNameAsTheTableIsQuotedElsewhere() throws Exception {
    HistoryTable history = new HistoryTable("`Schema History`");
    history.ensure(connection, new PlainH2Dialect());
    assertThat(history.tryLock(connection, "bob")).isTrue();

    assertThat(history.unlockSql()).isEqualTo("delete from \"Schema History\" where revision = '(lock)'");
    try (Statement statement = connection.createStatement()) {
      statement.execute(history.unlockSql());
    }

    assertThat(history.lockHolder(connection)).isNull();
    assertThat(new HistoryTable("app.`Schema History`").unlockSql())
        .isEqualTo("delete from app.\"Schema History\" where revision = '(lock)'");
  }
}
