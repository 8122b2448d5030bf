package org.jpamigrations.runner;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.table;

import java.util.List;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/**
 * Migrations for the safety tests, built into graphs by hand so that one revision can be swapped for
 * its fixed version. Revision 1 creates {@code hits}; revision 2 creates two tables and then fails (or,
 * fixed, inserts a row); revision 3 inserts another row.
 */
public final class SafetyMigrations {

  private SafetyMigrations() {}

  public static RevisionGraph broken() {
    return graph(Broken.class);
  }

  public static RevisionGraph fixed() {
    return graph(Fixed.class);
  }

  public static RevisionGraph graph(Class<? extends Migration> second) {
    return RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "create hits", "", CreateHits.class),
        new MigrationScript("2", List.of("1"), "two tables", "", second),
        new MigrationScript("3", List.of("2"), "second hit", "", SecondHit.class)));
  }

  public static class CreateHits implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("hits").column(column("id", bigint()).notNull()));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("hits");
    }
  }

  /** Its third statement fails. */
  public static class Broken implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("alpha").column(column("id", bigint())));
      op.createTable(table("beta").column(column("id", bigint())));
      op.sql("insert into no_such_table values (1)");
    }

    @Override
    public void down(Operations op) {
      op.dropTable("beta");
      op.dropTable("alpha");
    }
  }

  /** {@link Broken} with its third statement corrected. */
  public static class Fixed implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("alpha").column(column("id", bigint())));
      op.createTable(table("beta").column(column("id", bigint())));
      op.sql("insert into hits values (1)");
    }

    @Override
    public void down(Operations op) {
      op.sql("delete from hits where id = 1");
      op.dropTable("beta");
      op.dropTable("alpha");
    }
  }

  /** Data only: on any database the failure rolls back completely. */
  public static class DataOnlyBroken implements Migration {
    @Override
    public void up(Operations op) {
      op.sql("insert into hits values (1)");
      op.sql("insert into hits values (2)");
      op.sql("insert into no_such_table values (1)");
    }

    @Override
    public void down(Operations op) {
      op.sql("delete from hits");
    }
  }

  /** Outside a transaction: each statement commits as it runs, even on PostgreSQL. */
  @Revision(id = "2", parent = "1", transactional = false)
  public static class NonTransactionalBroken implements Migration {
    @Override
    public void up(Operations op) {
      op.sql("insert into hits values (1)");
      op.sql("insert into no_such_table values (1)");
    }

    @Override
    public void down(Operations op) {
      op.sql("delete from hits where id = 1");
    }
  }

  public static class SecondHit implements Migration {
    @Override
    public void up(Operations op) {
      op.sql("insert into hits values (2)");
    }

    @Override
    public void down(Operations op) {
      op.sql("delete from hits where id = 2");
    }
  }
}
