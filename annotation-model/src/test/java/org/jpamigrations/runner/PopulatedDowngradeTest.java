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

  /** A table with rows, a unique key, a wide column and a sequence, for the inverses of other changes. */
  public static class CreateTag implements Migration {
    @Override
    public void up(Operations op) {
      op.createSequence(TAG_SEQ);
      op.createTable(TAG);
      op.sql("insert into tag (id, code, label) values (1, 'a', 'short'), (2, 'b', 'also short')");
    }

    @Override
    public void down(Operations op) {
      op.dropTable("tag");
      op.dropSequence("tag_seq");
    }
  }

  static final org.jpamigrations.model.Sequence TAG_SEQ = org.jpamigrations.migration.Dsl.sequence("tag_seq")
      .startWith(1).incrementBy(50);

  static final Table TAG = table("tag")
      .column(column("id", bigint()).notNull())
      .column(column("code", varchar(10)).notNull())
      .column(column("label", varchar(100)))
      .withPrimaryKey("id")
      .withUnique("uk_tag_code", "code");

  /** Drops the unique key, narrows a column the rows fit, changes the sequence's increment, adds a column. */
  public static class ReshapeTag implements Migration {
    static final List<Operation> UP = List.of(
        new org.jpamigrations.operation.DropUniqueConstraint("tag", "uk_tag_code"),
        new org.jpamigrations.operation.AlterColumn("tag", org.jpamigrations.model.Column.of("label", varchar(40))),
        new org.jpamigrations.operation.AlterSequence(TAG_SEQ.incrementBy(1)),
        new org.jpamigrations.operation.AddColumn("tag", org.jpamigrations.model.Column.of("note", varchar(10))));

    @Override
    public void up(Operations op) {
      UP.forEach(op::add);
    }

    @Override
    public void down(Operations op) {
      inverses(new Schema(List.of(TAG), List.of(TAG_SEQ)), UP).forEach(op::add);
    }
  }

  /** The inverses of the operations, each against the schema before it, last first: as the generator writes down(). */
  static List<Operation> inverses(Schema start, List<Operation> up) {
    List<Operation> down = new java.util.ArrayList<>();
    Schema schema = start;
    for (Operation operation : up) {
      down.addAll(0, operation.inverse(schema));
      schema = operation.apply(schema);
    }
    return down;
  }

  private static RevisionGraph reshapeGraph() {
    return RevisionGraph.of(List.of(
        new MigrationScript("1", List.of(), "create tag", "", CreateTag.class),
        new MigrationScript("2", List.of("1"), "reshape tag", "", ReshapeTag.class)));
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
      reshapeAndBack(connection);
    } finally {
      H2.shutdown(connection);
    }
  }

  @Test
  void onPostgreSql() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      downgradeOnRows(connection);
      reshapeAndBack(connection);
    }
  }

  @Test
  void onMariaDb() throws Exception {
    try (Server.Scratch db = Server.MARIADB.scratch(); Connection connection = db.connect()) {
      downgradeOnRows(connection);
      reshapeAndBack(connection);
    }
  }

  /** Unique key dropped, column narrowed, sequence changed, column added, and all of it undone, on rows. */
  private static void reshapeAndBack(Connection connection) throws SQLException {
    MigrationRunner runner = new MigrationRunner(connection, SqlDialects.forConnection(connection, null),
        reshapeGraph(), new HistoryTable("reshape_history"), RunListener.NONE);
    runner.upgrade(null);
    assertThat(runner.downgrade("1")).extracting(StepResult::revision).containsExactly("2");

    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet rows = metaData.getColumns(connection.getCatalog(), null, name(metaData, "tag"), null)) {
      List<String> columns = new java.util.ArrayList<>();
      while (rows.next()) {
        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
            + (rows.getString("COLUMN_NAME").equalsIgnoreCase("label") ? "(" + rows.getInt("COLUMN_SIZE") + ")" : ""));
      }
      assertThat(columns).containsExactlyInAnyOrder("id", "code", "label(100)");
    }
    try (var statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from tag")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(2);
    }
    try (var statement = connection.createStatement()) {
      // the unique key is back: a duplicate code is refused
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> statement.execute("insert into tag (id, code) values (3, 'a')")).isInstanceOf(SQLException.class);
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
