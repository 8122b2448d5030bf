package org.jpamigrations.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The snapshot on the servers the ITs run on: made-up names are ignored, chosen names and columns are not. */
class SchemaSnapshotServerTest {

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void inlineUniqueEqualsUniqueNamedAsHibernateNamesIt(String id) throws SQLException {
    DatabaseServer server = server(id);

    List<String> differences = differences(server,
        "create table customer (id int primary key, email varchar(20) unique)",
        "create table customer (id int primary key, email varchar(20), "
            + "constraint uk3qgg01qojcmbdp47dkaom9x45 unique (email))");

    assertThat(differences).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aChosenNameTypeSizeOrColumnDiffers(String id) throws SQLException {
    DatabaseServer server = server(id);

    List<String> differences = differences(server,
        "create table tag (id int primary key, label varchar(20), constraint uk_tag_label unique (label))",
        "create table tag (id int primary key, label varchar(30), constraint uk_label unique (label))");

    assertThat(differences).anySatisfy(d -> assertThat(d).contains("label").contains("size=20"))
        .anySatisfy(d -> assertThat(d).contains("missing unique uk_tag_label [label]"))
        .anySatisfy(d -> assertThat(d).contains("unexpected unique uk_label [label]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aCheckOnAColumnEqualsTheSameCheckOnTheTableUnderAMadeUpName(String id) throws SQLException {
    DatabaseServer server = server(id);

    List<String> differences = differences(server,
        "create table stock (id int primary key, quantity int check (quantity >= 0))",
        "create table stock (id int primary key, quantity int, "
            + "constraint CKo164a5n7x9ti3o1luf0q8qv0t check (quantity >= 0))");

    assertThat(differences).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aChosenCheckNameOrConditionDiffers(String id) throws SQLException {
    DatabaseServer server = server(id);

    List<String> differences = differences(server,
        "create table stock (id int primary key, quantity int, constraint ck_stock check (quantity >= 0))",
        "create table stock (id int primary key, quantity int, constraint ck_stock check (quantity > 0))");

    assertThat(differences).anySatisfy(d -> assertThat(d).contains("missing ck_stock check"))
        .anySatisfy(d -> assertThat(d).contains("unexpected ck_stock check"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aGeneratedColumnIsNotAPlainOne(String id) throws SQLException {
    DatabaseServer server = server(id);

    List<String> differences = differences(server,
        "create table t (id int primary key, a int, b int generated always as (a * 2) stored)",
        "create table t (id int primary key, a int, b int)");

    assertThat(differences).singleElement().asString().startsWith("t columns b: expected").contains("generated=YES")
        .contains("but was").contains("generated=NO");
  }

  @Test
  void aPostgresqlCheckReadsTheSameAfterItsColumnChangedType() throws SQLException {
    DatabaseServer server = server("postgresql");

    List<String> differences = differences(server,
        "create table t (id int primary key, k varchar(24) check (k in ('A','B')))",
        "create table t (id int primary key, k varchar(12) check (k in ('A','B')));"
            + " alter table t alter column k type varchar(24)");

    assertThat(differences).isEmpty();
  }

  /** The server of it/pom.xml's {@code it.<id>.server}, {@code .user} and {@code .password}. */
  private static DatabaseServer server(String id) {
    String url = System.getProperty("it." + id + ".server",
        id.equals("postgresql") ? "jdbc:postgresql://127.0.0.1:5432" : "jdbc:mariadb://127.0.0.1:3306");
    DatabaseServer server = DatabaseServer.of(url + "/",
        System.getProperty("it." + id + ".user", id.equals("postgresql") ? "postgres" : "root"),
        System.getProperty("it." + id + ".password", ""));
    if (!server.reachable()) {
      Assumptions.abort(server.kind().label() + " not reachable at " + url + ": skipped");
    }
    return server;
  }

  /** Builds each table in a scratch database of its own and compares the two snapshots. */
  private static List<String> differences(DatabaseServer server, String expectedDdl, String actualDdl)
      throws SQLException {
    return snapshot(server, "it_oracle_expected", expectedDdl)
        .differences(snapshot(server, "it_oracle_actual", actualDdl));
  }

  private static SchemaSnapshot snapshot(DatabaseServer server, String database, String ddl) throws SQLException {
    server.recreate(database);
    try {
      try (Connection c = server.connect(server.urlOf(database)); Statement s = c.createStatement()) {
        s.execute(ddl);
        return SchemaSnapshot.read(c, Set.of());
      }
    } finally {
      server.drop(database);
    }
  }
}
