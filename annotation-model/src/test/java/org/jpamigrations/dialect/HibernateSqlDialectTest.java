package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.List;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.RenameTable;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HibernateSqlDialectTest {

  private static final SqlDialect H2 = SqlDialects.forName("h2");
  private static final SqlDialect POSTGRESQL = SqlDialects.forName("postgresql");
  private static final SqlDialect MYSQL = SqlDialects.forName("mysql");
  private static final SqlDialect SQLSERVER = SqlDialects.forName("sqlserver");
  private static final SqlDialect ORACLE = SqlDialects.forName("oracle");

  @Test
  void quotesOnlyBacktickedNamesWithTheDatabaseQuotes() {
    assertThat(H2.quote("`order`")).isEqualTo("\"order\"");
    assertThat(MYSQL.quote("`order`")).isEqualTo("`order`");
    assertThat(SQLSERVER.quote("`order`")).isEqualTo("[order]");
    assertThat(POSTGRESQL.quote("Customer")).isEqualTo("Customer");
    assertThat(POSTGRESQL.quote("app.`User`")).isEqualTo("app.\"User\"");
    assertThat(ORACLE.quote("`app`.customer")).isEqualTo("\"app\".customer");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "h2 | varchar(255)", "postgresql | varchar(255)", "mysql | varchar(255)", "sqlserver | varchar(255)",
      "oracle | varchar2(255 char)"})
  void typeNamesAreHibernates(String database, String varchar255) {
    assertThat(SqlDialects.forName(database).typeName(ColumnType.of(Types.VARCHAR).length(255))).isEqualTo(varchar255);
  }

  @Test
  void typeNamesFollowSizes() {
    assertThat(POSTGRESQL.typeName(ColumnType.of(Types.NUMERIC).precision(10).scale(3))).isEqualTo("numeric(10,3)");
    assertThat(POSTGRESQL.typeName(ColumnType.of(Types.TIMESTAMP).precision(3))).isEqualTo("timestamp(3)");
    assertThat(MYSQL.typeName(ColumnType.of(Types.TIMESTAMP).precision(6))).isEqualTo("datetime(6)");
    assertThat(SQLSERVER.typeName(ColumnType.of(Types.BIGINT))).isEqualTo("bigint");
    assertThat(ORACLE.typeName(ColumnType.of(Types.BIGINT))).isEqualTo("number(19,0)");
    assertThat(MYSQL.typeName(ColumnType.of(Types.VARCHAR).length(100_000))).isEqualTo("mediumtext");
  }

  @Test
  void missingSizesTakeHibernatesDefaults() {
    assertThat(H2.typeName(ColumnType.of(Types.VARCHAR))).isEqualTo("varchar(255)");
    assertThat(H2.typeName(ColumnType.of(Types.NUMERIC))).isEqualTo("numeric(38,2)");
    assertThat(H2.typeName(ColumnType.of(Types.TIMESTAMP))).isEqualTo("timestamp(6)");
  }

  @Test
  void definitionIsTakenVerbatim() {
    assertThat(ORACLE.typeName(ColumnType.of(Types.VARCHAR).length(10).definedAs("nvarchar2(10)")))
        .isEqualTo("nvarchar2(10)");
  }

  @Test
  void typesWithoutTheirOwnSqlTypeUseHibernatesStandIn() {
    assertThat(POSTGRESQL.typeName(ColumnType.of(SqlTypeCodes.UUID))).isEqualTo("uuid");
    assertThat(MYSQL.typeName(ColumnType.of(SqlTypeCodes.UUID))).isEqualTo("binary(16)");
  }

  @Test
  void unknownTypeCodeNamesTheFix() {
    assertThatThrownBy(() -> H2.typeName(ColumnType.of(99_999)))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("type#99999")
        .hasMessageContaining("H2")
        .hasMessageContaining("columnDefinition");
  }

  @Test
  void transactionalDdlOnlyWhereTheDatabaseRollsItBack() {
    assertThat(POSTGRESQL.transactionalDdl()).isTrue();
    assertThat(SQLSERVER.transactionalDdl()).isTrue();
    assertThat(H2.transactionalDdl()).isFalse();
    assertThat(MYSQL.transactionalDdl()).isFalse();
    assertThat(SqlDialects.forName("mariadb").transactionalDdl()).isFalse();
    assertThat(ORACLE.transactionalDdl()).isFalse();
  }

  @Test
  void quotedNamesWithSpacesAreQuotedByEachDatabase() {
    var schema = GoldenCases.SCHEMA;
    var index = new org.jpamigrations.operation.CreateIndex("purchase",
        org.jpamigrations.model.Index.of("`Idx Purchase Customer`", "customer_id"));
    assertThat(POSTGRESQL.render(index, schema)).containsExactly(
        "create index \"Idx Purchase Customer\" on purchase (customer_id)");
    assertThat(MYSQL.render(index, schema)).containsExactly(
        "create index `Idx Purchase Customer` on purchase (customer_id)");
    assertThat(SQLSERVER.render(index, schema)).containsExactly(
        "create index [Idx Purchase Customer] on purchase (customer_id)");
    assertThat(MYSQL.render(new org.jpamigrations.operation.FillNulls("purchase", "`Customer Id`", "0"), schema))
        .containsExactly("update purchase set `Customer Id` = 0 where `Customer Id` is null");
  }

  @Test
  void setDefaultOnDeleteIsRefusedWhereTheDatabaseLacksIt() {
    var schema = GoldenCases.SCHEMA;
    var fk = GoldenCases.PURCHASE_CUSTOMER.onDelete(ReferentialAction.SET_DEFAULT);
    var op = new AddForeignKey("purchase", fk);
    assertThatThrownBy(() -> MYSQL.render(op, schema)).isInstanceOf(MigrationException.class)
        .hasMessageContaining("fk_purchase_customer").hasMessageContaining("set default");
    assertThatThrownBy(() -> ORACLE.render(op, schema)).isInstanceOf(MigrationException.class)
        .hasMessageContaining("Oracle");
    assertThat(POSTGRESQL.render(op, schema)).singleElement().asString().endsWith(" on delete set default");
  }

  @Test
  void identityIsSwitchedWhereTheDatabaseCan() {
    Column balance = GoldenCases.customerColumn("balance");
    var toIdentity = new AlterColumn("customer", balance.withType(ColumnType.of(Types.BIGINT)).withIdentity());
    for (SqlDialect dialect : List.of(SQLSERVER, ORACLE)) {
      assertThatThrownBy(() -> dialect.render(toIdentity, GoldenCases.SCHEMA))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("Cannot make column customer.balance an identity column on " + dialect.name())
          .hasMessageContaining("add a new column and copy the values");
    }
    assertThat(MYSQL.render(toIdentity, GoldenCases.SCHEMA))
        .containsExactly("alter table customer modify column balance bigint not null auto_increment");
    Column plainId = new Column("id", ColumnType.of(Types.BIGINT), false, false, null, null, null);
    var fromIdentity = new AlterColumn("customer", plainId);
    assertThatThrownBy(() -> SQLSERVER.render(fromIdentity, GoldenCases.SCHEMA))
        .hasMessageContaining("Cannot stop making column customer.id an identity column on SQL Server");
    assertThat(ORACLE.render(fromIdentity, GoldenCases.SCHEMA))
        .containsExactly("alter table customer modify id drop identity");
    assertThat(POSTGRESQL.render(fromIdentity, GoldenCases.SCHEMA))
        .containsExactly("alter table customer alter column id drop identity");
    assertThat(H2.render(fromIdentity, GoldenCases.SCHEMA))
        .containsExactly("alter table customer alter column id drop identity");
    assertThat(MYSQL.render(fromIdentity, GoldenCases.SCHEMA))
        .containsExactly("alter table customer modify column id bigint not null");

    // the other way, the identity goes on from the highest value there is
    Schema plain = GoldenCases.SCHEMA.replaceTable("customer", t -> t.replaceColumn("id", c -> plainId));
    var toIdentityAgain = new AlterColumn("customer", plainId.withIdentity());
    assertThat(POSTGRESQL.render(toIdentityAgain, plain)).containsExactly(
        "alter table customer alter column id add generated by default as identity",
        "do $$ begin execute 'alter table customer alter column id restart with ' || "
            + "(select coalesce(max(id), 0) + 1 from customer); end $$");
    assertThat(H2.render(toIdentityAgain, plain)).containsExactly(
        "alter table customer alter column id set generated by default",
        "alter table customer alter column id restart with (select coalesce(max(id), 0) + 1 from customer)");
  }

  @Test
  void aGeneratedColumnsExpressionCannotBeChangedByAlterColumn() {
    Column name = GoldenCases.customerColumn("name");
    var op = new AlterColumn("customer", name.withGeneratedAs("upper(email)"));
    for (SqlDialect dialect : List.of(H2, POSTGRESQL, MYSQL, ORACLE, SQLSERVER)) {
      assertThatThrownBy(() -> dialect.render(op, GoldenCases.SCHEMA))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("customer.name")
          .hasMessageContaining("drop the column and add it again");
    }
  }

  @Test
  void renameCannotMoveATableToAnotherSchema() {
    assertThatThrownBy(() -> H2.render(new RenameTable("app.audit", "other.audit"), GoldenCases.SCHEMA))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("app.audit")
        .hasMessageContaining("schema");
  }

  @Test
  void sequenceValuesBeyondAnIntAreRefused() {
    var op = new CreateSequence(Sequence.of("big_seq").startWith(5_000_000_000L));
    assertThatThrownBy(() -> H2.render(op, Schema.EMPTY))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("big_seq");
  }
}
