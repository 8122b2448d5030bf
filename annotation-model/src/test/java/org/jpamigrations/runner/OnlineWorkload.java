package org.jpamigrations.runner;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.sql.Connection;
import java.sql.SQLException;
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
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/**
 * A table of many rows on PostgreSQL that a writer keeps inserting into while a migration changes it, in the plain
 * and the online form: how long the step takes and how long the writer waits meanwhile. {@code
 * OnlineMigrationServerTest} asserts on it; the benchmarks print it (they use it from this module's test jar, so
 * that the runtime jar carries none of it).
 */
public final class OnlineWorkload {

  private OnlineWorkload() {}

  /** Opens a new connection to the database the workload runs on. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  /** The four changes the online forms exist for, each as a plain and an online migration. */
  public enum Step {
    INDEX("index", PlainIndex.class, OnlineIndex.class),
    FOREIGN_KEY("foreign key", PlainForeignKey.class, OnlineForeignKey.class),
    CHECK("check", PlainCheck.class, OnlineCheck.class),
    NOT_NULL("NOT NULL", PlainNotNull.class, OnlineNotNull.class);

    private final String label;
    private final Class<? extends Change> plain;
    private final Class<? extends Change> online;

    Step(String label, Class<? extends Change> plain, Class<? extends Change> online) {
      this.label = label;
      this.plain = plain;
      this.online = online;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One run of a step: how long the migration took and the writer's longest single insert meanwhile.
   *
   * @param stepMillis the migration, from upgrade to its return
   * @param longestStallMillis the longest insert of the writer while it ran
   */
  public record Run(long stepMillis, long longestStallMillis) {}

  /** A step run plain and then online, on the same table. */
  public record Comparison(Step step, Run plain, Run online) {}

  /** Creates the tables and fills {@code item} with {@code rows} rows pointing at one parent, then analyses it. */
  public static void fill(Connection connection, int rows) throws SQLException {
    runner(connection, graph(PlainIndex.class)).upgrade("1");
    try (Statement statement = connection.createStatement()) {
      statement.execute("insert into parent (id) values (1)");
      statement.execute("insert into item (parent_id, qty, note) select 1, g % 100, 'note ' || (g % 5000)"
          + " from generate_series(1, " + rows + ") g");
      statement.execute("analyze item");
    }
  }

  /** Runs the step plain, then online, each undone after, while a writer inserts over its own connection. */
  public static Comparison compare(Connections connections, Connection connection, Step step) throws Exception {
    return new Comparison(step, timed(connections, connection, step.plain), timed(connections, connection,
        step.online));
  }

  /** Runs the change while a writer inserts rows over its own connection, then undoes it. */
  private static Run timed(Connections connections, Connection connection, Class<? extends Change> change)
      throws Exception {
    RevisionGraph graph = graph(change);
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection writerConnection = connections.open()) {
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
      return new Run(millis, longest);
    } finally {
      pool.shutdownNow();
    }
  }

  static MigrationRunner runner(Connection connection, RevisionGraph graph) {
    return new MigrationRunner(connection, SqlDialects.forConnection(connection, null), graph, new HistoryTable(),
        RunListener.NONE);
  }

  /** The tables, then the change. */
  static RevisionGraph graph(Class<? extends Migration> change) {
    return RevisionGraph.of(Stream.of(CreateTables.class, change).map(OnlineWorkload::script).toList());
  }

  private static MigrationScript script(Class<? extends Migration> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return new MigrationScript(revision.id(), List.of(revision.parent()), "", "", type);
  }

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

  /** A change of the item table, undone by its down(). */
  public abstract static class Change implements Migration {
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
}
