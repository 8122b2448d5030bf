package org.jpamigrations.runner;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.LockTimeout;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** Migrations that add a column to a table another session may hold a lock on, with and without a lock timeout. */
final class LockTimeoutMigrations {

  private LockTimeoutMigrations() {}

  @Revision(id = "1")
  public static final class CreateItem implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("item").column(column("id", bigint()).notNull()).column(column("note", varchar(40)))
          .withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("item");
    }
  }

  abstract static class AddQty implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("item", column("qty", integer()));
    }

    @Override
    public void down(Operations op) {
      op.dropColumn("item", "qty");
    }
  }

  @Revision(id = "2", parent = "1", message = "add qty")
  @LockTimeout(value = "300ms", retries = 2)
  public static final class AddQtyWithTimeout extends AddQty {}

  @Revision(id = "2", parent = "1", message = "add qty")
  public static final class AddQtyPlain extends AddQty {}

  /** Outside a transaction: the table it creates first stays, so only the statement that timed out runs again. */
  @Revision(id = "2", parent = "1", message = "note and qty", transactional = false)
  @LockTimeout(value = "300ms", retries = 2)
  public static final class NoteThenQtyOutside implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("note").column(column("id", bigint()).notNull()));
      op.addColumn("item", column("qty", integer()));
    }

    @Override
    public void down(Operations op) {
      op.dropColumn("item", "qty");
      op.dropTable("note");
    }
  }

  @Revision(id = "2", parent = "1")
  @LockTimeout("soon")
  public static final class BadTimeout extends AddQty {}

  static RevisionGraph graph(Class<? extends Migration> second) {
    return RevisionGraph.of(Stream.of(CreateItem.class, second).map(LockTimeoutMigrations::script).toList());
  }

  private static MigrationScript script(Class<? extends Migration> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return new MigrationScript(revision.id(), List.of(revision.parent()), revision.message(), "", type);
  }
}
