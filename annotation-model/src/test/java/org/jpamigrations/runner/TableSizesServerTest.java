package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.lint.TableSizes;
import org.junit.jupiter.api.Test;

/**
 * The estimated rows lint shows come from each database's statistics: a table filled with rows, its statistics
 * refreshed, reads back about as many, on H2 always and on PostgreSQL and MariaDB when they run.
 */
class TableSizesServerTest {

  private static final int ROWS = 5_000;

  @Test
  void h2() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:sizes;DB_CLOSE_DELAY=0")) {
      fill(connection, "analyze");
      assertEstimated(connection);
      assertEmpty(connection);
    }
  }

  @Test
  void postgresql() throws SQLException {
    try (Server.Scratch db = Server.POSTGRESQL.scratch(); Connection connection = db.connect()) {
      fill(connection, "analyze customers");
      assertEstimated(connection);
      // reltuples is -1 until the first analyze: unknown, so absent rather than "-1 rows"
      assertThat(sizes(connection).of("empty_one")).isEmpty();
    }
  }

  @Test
  void mariadb() throws SQLException {
    try (Server.Scratch db = Server.MARIADB.scratch(); Connection connection = db.connect()) {
      fill(connection, "analyze table customers");
      // InnoDB samples pages: an estimate, not a count, hence the range below
      assertEstimated(connection);
      assertEmpty(connection);
    }
  }

  private static void fill(Connection connection, String refreshStatistics) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    try (Statement statement = connection.createStatement()) {
      statement.execute("create table customers (id bigint primary key, email varchar(100))");
      statement.execute("create table empty_one (id bigint primary key)");
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("insert into customers values (?, ?)")) {
        for (int i = 1; i <= ROWS; i++) {
          insert.setLong(1, i);
          insert.setString(2, "customer" + i + "@example.com");
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
      connection.setAutoCommit(autoCommit);
      statement.execute(refreshStatistics);
    }
  }

  /** The estimate is of the order of the rows inserted, under any case of the name. */
  private static void assertEstimated(Connection connection) throws SQLException {
    TableSizes sizes = sizes(connection);
    assertThat(sizes.of("customers")).hasValueSatisfying(estimate -> {
      assertThat(estimate.table()).isEqualTo("customers");
      assertThat(estimate.rows()).isBetween(ROWS / 2L, ROWS * 2L);
    });
    assertThat(sizes.of("CUSTOMERS")).map(TableSizes.Estimate::rows).isEqualTo(sizes.of("customers")
        .map(TableSizes.Estimate::rows));
  }

  private static void assertEmpty(Connection connection) throws SQLException {
    assertThat(sizes(connection).of("empty_one")).map(TableSizes.Estimate::rows).contains(0L);
  }

  private static TableSizes sizes(Connection connection) throws SQLException {
    return TableSizes.read(connection, SqlDialects.forConnection(connection, null)).orElseThrow();
  }
}
