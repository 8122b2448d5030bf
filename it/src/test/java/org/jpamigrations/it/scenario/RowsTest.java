package org.jpamigrations.it.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class RowsTest {

  private static Rows read(String... statements) throws Exception {
    String url = "jdbc:h2:mem:rows" + System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
      return Rows.read(c, "jpa_migrations_history");
    }
  }

  @Test
  void keepsRowsOnTheColumnsBothStepsHave() throws Exception {
    Rows before = read("create table item (id int primary key, name varchar(10), note varchar(10))",
        "insert into item values (1, 'bolt', 'old')", "create table jpa_migrations_history (id int)");
    Rows after = read("create table item (id int primary key, name varchar(10), price decimal(5,2))",
        "insert into item values (1, 'bolt', 2.50)");

    // note was dropped and price added: only id and name are compared
    assertThat(before.lostIn(after)).isEmpty();
    assertThat(before.tables()).containsOnlyKeys("ITEM");
  }

  @Test
  void reportsAChangedOrMissingRow() throws Exception {
    Rows before = read("create table item (id int primary key, name varchar(10))", "insert into item values (1, 'bolt')");
    Rows changed = read("create table item (id int primary key, name varchar(10))", "insert into item values (1, 'nut')");
    Rows empty = read("create table item (id int primary key, name varchar(10))");

    assertThat(before.lostIn(changed)).singleElement().asString().contains("ITEM", "bolt", "nut");
    assertThat(before.lostIn(empty)).hasSize(1);
  }

  @Test
  void comparesDecimalsByValueSoAScaleChangeKeepsThem() throws Exception {
    Rows before = read("create table item (id int primary key, price decimal(5,3))", "insert into item values (1, 0.250)");
    Rows after = read("create table item (id int primary key, price decimal(5,2))", "insert into item values (1, 0.25)");

    assertThat(before.lostIn(after)).isEmpty();
  }

  @Test
  void aDroppedTableIsNotALoss() throws Exception {
    Rows before = read("create table item (id int primary key)", "insert into item values (1)");
    Rows after = read("create table other (id int primary key)");

    assertThat(before.lostIn(after)).isEmpty();
  }
}
