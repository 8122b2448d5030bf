package org.jpamigrations.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the snapshot reads beyond DatabaseMetaData's keys and indexes, on H2. */
class SchemaSnapshotH2Test {

  private static final AtomicInteger FRESH = new AtomicInteger();

  @Test
  void aCheckOnAColumnEqualsTheSameCheckOnTheTableUnderAMadeUpName() throws SQLException {
    assertThat(differences(
        "create table stock (id int primary key, quantity int check (quantity >= 0))",
        "create table stock (id int primary key, quantity int, "
            + "constraint CKo164a5n7x9ti3o1luf0q8qv0t check (quantity >= 0))")).isEmpty();
  }

  @Test
  void aMissingCheckAChosenNameOrAnotherConditionDiffers() throws SQLException {
    assertThat(differences(
        "create table stock (id int primary key, quantity int, constraint ck_stock check (quantity >= 0))",
        "create table stock (id int primary key, quantity int, constraint ck_other check (quantity > 0))"))
        .anySatisfy(d -> assertThat(d).contains("missing CK_STOCK check"))
        .anySatisfy(d -> assertThat(d).contains("unexpected CK_OTHER check"));
    assertThat(differences(
        "create table stock (id int primary key, quantity int check (quantity >= 0))",
        "create table stock (id int primary key, quantity int)"))
        .singleElement().asString().contains("STOCK checks: missing check");
  }

  @Test
  void theSortOrderOfIndexColumnsCounts() throws SQLException {
    assertThat(differences(
        "create table t (a int, b int); create index ix_t on t (a desc, b)",
        "create table t (a int, b int); create index ix_t on t (a, b)"))
        .anySatisfy(d -> assertThat(d).contains("missing IX_T [A desc, B]"));
  }

  @Test
  void commentsOfTablesAndColumnsCount() throws SQLException {
    assertThat(differences(
        "create table t (a int); comment on table t is 'people'; comment on column t.a is 'age'",
        "create table t (a int); comment on column t.a is 'years'"))
        .containsExactlyInAnyOrder(
            "T columns A: expected integer size=32 digits=0 nullable=YES autoincrement=NO generated=NO comment=age"
                + " but was integer size=32 digits=0 nullable=YES autoincrement=NO generated=NO comment=years",
            "T comment: expected people but was null");
  }

  @Test
  void aGeneratedColumnIsNotAPlainOne() throws SQLException {
    assertThat(differences(
        "create table t (a int, b int generated always as (a * 2))",
        "create table t (a int, b int)"))
        .singleElement().asString().startsWith("T columns B:").contains("generated=YES").contains("generated=NO");
  }

  @Test
  void sequencesCountWithTheirStartAndIncrement() throws SQLException {
    assertThat(differences(
        "create sequence s1 start with 1 increment by 50; create sequence s2",
        "create sequence s1 start with 1 increment by 1"))
        .containsExactlyInAnyOrder(
            "sequence S1: expected start=1 increment=50 but was start=1 increment=1",
            "sequence S2: expected start=1 increment=1 but was null");
  }

  private static List<String> differences(String expectedDdl, String actualDdl) throws SQLException {
    return snapshot(expectedDdl).differences(snapshot(actualDdl));
  }

  private static SchemaSnapshot snapshot(String ddl) throws SQLException {
    String url = "jdbc:h2:mem:snapshot" + FRESH.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      for (String statement : ddl.split(";")) {
        s.execute(statement.strip());
      }
      return SchemaSnapshot.read(c, Set.of());
    }
  }
}
