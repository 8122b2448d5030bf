package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.bool;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.date;
import static org.jpamigrations.migration.Dsl.enumByName;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.numeric;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.timestamp;
import static org.jpamigrations.migration.Dsl.varchar;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

/**
 * {@code up()} drops NOT NULL columns of a table that holds rows; {@code down()}, as the generator
 * writes it (the inverse of each drop), must bring them back NOT NULL on that table, on every database.
 */
class PopulatedDowngradeTest {

  static final Table ITEM = table("item")
      .column(column("id", bigint()).notNull())
      .column(column("flag", bool()).notNull())
      .column(column("qty", integer()).notNull())
      .column(column("label", varchar(20)).notNull())
      .column(column("due", date()).notNull())
      .column(column("kind", enumByName(10, "SMALL", "LARGE")).notNull())
      .column(column("price", numeric(10, 2)).notNull())
      .column(column("seen", timestamp(6)).notNull())
      .withPrimaryKey("id");

  static final List<String> DROPPED = List.of("flag", "qty", "label", "due", "kind", "price", "seen");

  public static class CreateItem implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(ITEM);
      op.sql("insert into item (id, flag, qty, label, due, kind, price, seen) values"
          + " (1, true, 3, 'one', date '2026-01-02', 'LARGE', 9.50, timestamp '2026-01-02 03:04:05')");
      op.sql("insert into item (id, flag, qty, label, due, kind, price, seen) values"
          + " (2, false, 4, 'two', date '2026-02-03', 'SMALL', 1.25, timestamp '2026-02-03 04:05:06')");
    }

    @Override
    public void down(Operations op) {
      op.dropTable("item");
    }
  }

  public static class DropColumns implements Migration {
    @Override
    public void up(Operations op) {
      DROPPED.forEach(c -> op.dropColumn("item", c));
    }

    /** What the generator writes: the inverse of each drop, against the schema before it, last first. */
    @Override
    public void down(Operations op) {
      Schema schema = new CreateTable(ITEM).apply(Schema.EMPTY);
      List<List<Operation>> inverses = new java.util.ArrayList<>();
      for (String c : DROPPED) {
        DropColumn drop = new DropColumn("item", c);
        inverses.add(0, drop.inverse(schema));
        schema = drop.apply(schema);
      }
      inverses.forEach(list -> list.forEach(op::add));
    }
  }

  private static RevisionGraph graph() {
    return RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "create item", "", CreateItem.class),
        new MigrationScript("2", List.of("1"), "drop columns", "", DropColumns.class)));
  }

  @Test
  void onH2() throws Exception {
    Connection connection = H2.open();
    try {
      downgradeOnRows(connection);
    } finally {
      H2.shutdown(connection);
    }
  }

  @Test
  void onPostgreSql() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      downgradeOnRows(connection);
    }
  }

  @Test
  void onMariaDb() throws Exception {
    try (Server.Scratch db = Server.MARIADB.scratch(); Connection connection = db.connect()) {
      downgradeOnRows(connection);
    }
  }

  private static void downgradeOnRows(Connection connection) throws SQLException {
    MigrationRunner runner = new MigrationRunner(connection, SqlDialects.forConnection(connection, null), graph(),
        new HistoryTable(), RunListener.NONE);
    runner.upgrade(null);
    assertThat(runner.downgrade("1")).extracting(StepResult::revision).containsExactly("2");

    DatabaseMetaData metaData = connection.getMetaData();
    for (String c : DROPPED) {
      try (ResultSet rows = metaData.getColumns(connection.getCatalog(), null, name(metaData, "item"), name(metaData, c))) {
        assertThat(rows.next()).as("column %s is back", c).isTrue();
        assertThat(rows.getInt("NULLABLE")).as("column %s is NOT NULL", c).isEqualTo(DatabaseMetaData.columnNoNulls);
      }
    }
    try (var statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select qty, label, kind from item order by id")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt("qty")).isZero();
      assertThat(rows.getString("kind")).isEqualTo("SMALL");
    }
  }

  private static String name(DatabaseMetaData metaData, String name) throws SQLException {
    return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }
}
