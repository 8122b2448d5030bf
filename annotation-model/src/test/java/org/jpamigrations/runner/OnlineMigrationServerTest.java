package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;
import org.junit.jupiter.api.Test;

/**
 * On live PostgreSQL, a table of 1,000,000 rows that a writer keeps inserting into while a migration adds an
 * index, a foreign key or a check, or makes a column NOT NULL: in the online form the writer never waits a second;
 * in the plain form it waits for the whole step. The figures are printed for the record.
 */
class OnlineMigrationServerTest {

  private static final int ROWS = 1_000_000;

  @Revision(id = "1")
  public static final class CreateTables implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("parent").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
      op.createTable(table("item").column(column("id", bigint()).notNull().withIdentity())
          .column(column("parent_id", bigint())).column(column("qty", integer())).column(column("note", varchar(40)))
          .withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("item");
      op.dropTable("parent");
    }
  }

  /** The three changes, each undone by its down(). */
  abstract static class Change implements Migration {
    abstract void apply(Operations op);

    abstract void undo(Operations op);

    @Override
    public void up(Operations op) {
      apply(op);
    }

    @Override
    public void down(Operations op) {
      undo(op);
    }
  }

  @Revision(id = "2", parent = "1")
  public static final class PlainIndex extends Change {
    void apply(Operations op) {
      op.createIndex("item", index("idx_item_note_qty", "note", "qty"));
    }

    void undo(Operations op) {
      op.dropIndex("item", "idx_item_note_qty");
    }
  }

  @Revision(id = "2", parent = "1", transactional = false)
  public static final class OnlineIndex extends Change {
    void apply(Operations op) {
      op.online().createIndex("item", index("idx_item_note_qty", "note", "qty"));
    }

    void undo(Operations op) {
      op.online().dropIndex("item", "idx_item_note_qty");
    }
  }

  @Revision(id = "2", parent = "1")
  public static final class PlainForeignKey extends Change {
    void apply(Operations op) {
      op.addForeignKey("item", foreignKey("fk_item_parent", "parent_id").references("parent", "id"));
    }

    void undo(Operations op) {
      op.dropForeignKey("item", "fk_item_parent");
    }
  }

  @Revision(id = "2", parent = "1", transactional = false)
  public static final class OnlineForeignKey extends Change {
    void apply(Operations op) {
      op.online().addForeignKey("item", foreignKey("fk_item_parent", "parent_id").references("parent", "id"));
    }

    void undo(Operations op) {
      op.dropForeignKey("item", "fk_item_parent");
    }
  }

  @Revision(id = "2", parent = "1")
  public static final class PlainCheck extends Change {
    void apply(Operations op) {
      op.addCheckConstraint("item", "ck_item_qty", "qty >= 0");
    }

    void undo(Operations op) {
      op.dropCheckConstraint("item", "ck_item_qty");
    }
  }

  @Revision(id = "2", parent = "1", transactional = false)
  public static final class OnlineCheck extends Change {
    void apply(Operations op) {
      op.online().addCheckConstraint("item", "ck_item_qty", "qty >= 0");
    }

    void undo(Operations op) {
      op.dropCheckConstraint("item", "ck_item_qty");
    }
  }

  @Revision(id = "2", parent = "1")
  public static final class PlainNotNull extends Change {
    void apply(Operations op) {
      op.alterColumn("item", column("note", varchar(40)).notNull());
    }

    void undo(Operations op) {
      op.alterColumn("item", column("note", varchar(40)));
    }
  }

  @Revision(id = "2", parent = "1", transactional = false)
  public static final class OnlineNotNull extends Change {
    void apply(Operations op) {
      op.online().alterColumn("item", column("note", varchar(40)).notNull());
    }

    void undo(Operations op) {
      op.alterColumn("item", column("note", varchar(40)));
    }
  }

  /** How long the migration took and the longest single insert of the writer meanwhile. */
  record Run(String change, long migrationMillis, long longestInsertMillis) {}

  @Test
  void theWriterNeverWaitsASecondForAnOnlineStepWhileThePlainOneHoldsItForTheWholeStep() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      runner(connection, graph(PlainIndex.class)).upgrade("1");
      try (Statement statement = connection.createStatement()) {
        statement.execute("insert into parent (id) values (1)");
        statement.execute("insert into item (parent_id, qty, note) select 1, g % 100, 'note ' || (g % 5000)"
            + " from generate_series(1, " + ROWS + ") g");
        statement.execute("analyze item");
      }
      for (Class<? extends Change>[] pair : List.<Class<? extends Change>[]>of(
          pair(PlainIndex.class, OnlineIndex.class), pair(PlainForeignKey.class, OnlineForeignKey.class),
          pair(PlainCheck.class, OnlineCheck.class), pair(PlainNotNull.class, OnlineNotNull.class))) {
        Run plain = timed(db, connection, pair[0]);
        Run online = timed(db, connection, pair[1]);
        System.out.printf("%-18s plain: %5d ms, writer waited up to %5d ms | online: %5d ms, writer waited up to"
            + " %5d ms%n", pair[0].getSimpleName().replace("Plain", ""), plain.migrationMillis(),
            plain.longestInsertMillis(), online.migrationMillis(), online.longestInsertMillis());
        assertThat(online.longestInsertMillis()).as("online %s", pair[1].getSimpleName()).isLessThan(1_000);
        if (pair[0] == PlainIndex.class) {
          // Building the index takes a second or more: the plain step holds the writer for most of it, the
          // online one lets it through. The other plain steps scan in a tenth of a second or two, about what
          // the writer waits, too short to tell from the machine's own noise.
          assertThat(plain.longestInsertMillis()).as("plain %s", pair[0].getSimpleName())
              .isGreaterThanOrEqualTo(plain.migrationMillis() / 2)
              .isGreaterThan(5 * online.longestInsertMillis());
        }
      }
    }
  }

  @Revision(id = "2", parent = "1")
  public static final class OnlineIndexInATransaction extends Change {
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
      runner(connection, graph(OnlineIndexInATransaction.class)).upgrade("1");

      assertThatThrownBy(() -> runner(connection, graph(OnlineIndexInATransaction.class)).upgrade(null))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("cannot run on PostgreSQL in a transaction: create index idx_item_qty on item[qty]"
              + " (online) must run outside one. Add @Revision(transactional = false) to it. Nothing was run.");
      try (Statement statement = connection.createStatement();
          java.sql.ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables"
              + " where table_name = 'note'")) {
        rows.next();
        assertThat(rows.getInt(1)).isZero();
      }
    }
  }

  @SafeVarargs
  private static Class<? extends Change>[] pair(Class<? extends Change>... classes) {
    return classes;
  }

  /** Runs the change while a writer inserts rows over its own connection, then undoes it. */
  private Run timed(Server.Scratch db, Connection connection, Class<? extends Change> change) throws Exception {
    RevisionGraph graph = graph(change);
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection writerConnection = db.connect()) {
      Future<Long> writer = pool.submit(() -> {
        long longest = 0;
        try (Statement insert = writerConnection.createStatement()) {
          while (running.get()) {
            long start = System.nanoTime();
            insert.executeUpdate("insert into item (parent_id, qty, note) values (1, 1, 'writer')");
            longest = Math.max(longest, (System.nanoTime() - start) / 1_000_000);
          }
        }
        return longest;
      });
      Thread.sleep(200); // the writer is inserting before the step starts
      long start = System.nanoTime();
      runner(connection, graph).upgrade(null);
      long millis = (System.nanoTime() - start) / 1_000_000;
      Thread.sleep(100);
      running.set(false);
      long longest = writer.get();
      runner(connection, graph).downgrade("1");
      return new Run(change.getSimpleName(), millis, longest);
    } finally {
      pool.shutdownNow();
    }
  }

  private static MigrationRunner runner(Connection connection, RevisionGraph graph) {
    return new MigrationRunner(connection, SqlDialects.forConnection(connection, null), graph, new HistoryTable(),
        RunListener.NONE);
  }

  private static RevisionGraph graph(Class<? extends Migration> change) {
    return RevisionGraph.of(Stream.of(CreateTables.class, change).map(OnlineMigrationServerTest::script).toList());
  }

  private static MigrationScript script(Class<? extends Migration> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return new MigrationScript(revision.id(), List.of(revision.parent()), "", "", type);
  }
}
