package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;
import org.jpamigrations.runner.OnlineWorkload.Comparison;
import org.jpamigrations.runner.OnlineWorkload.Step;
import org.junit.jupiter.api.Test;

/**
 * On live PostgreSQL, a table of 1,000,000 rows that a writer keeps inserting into while a migration adds an
 * index, a foreign key or a check, or makes a column NOT NULL ({@link OnlineWorkload}): in the online form the
 * writer never waits a second; in the plain form it waits for the whole step. The figures are printed for the
 * record; the benchmarks print the same workload's in their table.
 */
class OnlineMigrationServerTest {

  private static final int ROWS = 1_000_000;

  @Test
  void theWriterNeverWaitsASecondForAnOnlineStepWhileThePlainOneHoldsItForTheWholeStep() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      OnlineWorkload.fill(connection, ROWS);
      for (Step step : Step.values()) {
        Comparison run = OnlineWorkload.compare(db::connect, connection, step);
        System.out.printf("%-18s plain: %5d ms, writer waited up to %5d ms | online: %5d ms, writer waited up to"
            + " %5d ms%n", step.label(), run.plain().stepMillis(), run.plain().longestStallMillis(),
            run.online().stepMillis(), run.online().longestStallMillis());
        assertThat(run.online().longestStallMillis()).as("online %s", step.label()).isLessThan(1_000);
        if (step == Step.INDEX) {
          // Building the index takes a second or more: the plain step holds the writer for most of it, the
          // online one lets it through. The other plain steps scan in a tenth of a second or two, about what
          // the writer waits, too short to tell from the machine's own noise.
          assertThat(run.plain().longestStallMillis()).as("plain %s", step.label())
              .isGreaterThanOrEqualTo(run.plain().stepMillis() / 2)
              .isGreaterThan(5 * run.online().longestStallMillis());
        }
      }
    }
  }

  @Revision(id = "2", parent = "1")
  public static final class OnlineIndexInATransaction extends OnlineWorkload.Change {
    void apply(Operations op) {
      op.createTable(table("note").column(column("id", bigint()).notNull()));
      op.online().createIndex("item", index("idx_item_qty", "qty"));
    }

    void undo(Operations op) {
      op.online().dropIndex("item", "idx_item_qty");
      op.dropTable("note");
    }
  }

  @Test
  void anOnlineStepInATransactionalMigrationStopsBeforeAnythingRuns() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      OnlineWorkload.runner(connection, OnlineWorkload.graph(OnlineIndexInATransaction.class)).upgrade("1");

      assertThatThrownBy(() -> OnlineWorkload.runner(connection, OnlineWorkload.graph(OnlineIndexInATransaction.class))
          .upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("cannot run on PostgreSQL in a transaction: create index idx_item_qty on item[qty]"
              + " (online) must run outside one. Add @Revision(transactional = false) to it. Nothing was run.");
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables"
              + " where table_name = 'note'")) {
        rows.next();
        assertThat(rows.getInt(1)).isZero();
      }
    }
  }
}
