package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.numeric;
import static org.jpamigrations.migration.Dsl.table;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.HistoryTable;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropIndex;
import org.junit.jupiter.api.Test;

/**
 * Indexes whose quoted names have spaces ({@code @Index(name = "\"Idx Line Price\"")}), created and dropped on
 * every database. The evolution scenarios check every other object with such names against Hibernate's own
 * export; they cannot check indexes there, since that export writes an index's name without its quotes.
 */
class QuotedIndexNamesTest {

  static final Table LINE = table("`Line Item`")
      .column(column("id", bigint()).notNull())
      .column(column("`Unit Price`", numeric(10, 2)))
      .withPrimaryKey("id");
  static final Index PRICE = new Index("`Idx Line Price`", List.of("`Unit Price`"), false, List.of("`Unit Price`"));
  static final Index UNIQUE = new Index("`Uq Line Price`", List.of("id", "`Unit Price`"), true, List.of());

  public static class CreateLine implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(LINE);
    }

    @Override
    public void down(Operations op) {
      op.dropTable("`Line Item`");
    }
  }

  public static class IndexLine implements Migration {
    @Override
    public void up(Operations op) {
      op.add(new CreateIndex("`Line Item`", PRICE));
      op.add(new CreateIndex("`Line Item`", UNIQUE));
    }

    @Override
    public void down(Operations op) {
      op.add(new DropIndex("`Line Item`", UNIQUE.name()));
      op.add(new DropIndex("`Line Item`", PRICE.name()));
    }
  }

  @Test
  void onH2() throws Exception {
    Connection connection = H2.open();
    try {
      createAndDrop(connection);
    } finally {
      H2.shutdown(connection);
    }
  }

  @Test
  void onPostgreSql() throws Exception {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      createAndDrop(connection);
    }
  }

  @Test
  void onMariaDb() throws Exception {
    try (Server.Scratch db = Server.MARIADB.scratch(); Connection connection = db.connect()) {
      createAndDrop(connection);
    }
  }

  private static void createAndDrop(Connection connection) throws SQLException {
    MigrationRunner runner = new MigrationRunner(connection, SqlDialects.forConnection(connection, null),
        RevisionGraph.of(List.of(
            new MigrationScript("1", List.of(), "create line", "", CreateLine.class),
            new MigrationScript("2", List.of("1"), "index line", "", IndexLine.class))),
        new HistoryTable(), RunListener.NONE);
    runner.upgrade(null);
    assertThat(indexes(connection)).contains("Idx Line Price", "Uq Line Price");

    runner.downgrade("1");
    assertThat(indexes(connection)).doesNotContain("Idx Line Price", "Uq Line Price");
  }

  private static List<String> indexes(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet rows = metaData.getIndexInfo(connection.getCatalog(), null, "Line Item", false, false)) {
      while (rows.next()) {
        names.add(rows.getString("INDEX_NAME"));
      }
    }
    return names;
  }
}
