package org.jpamigrations.plugin.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {

  private final SchemaDrift drift = new SchemaDrift(SqlDialects.forName("postgresql"));

  private static Table customer(String emailType) {
    return Table.named("customer")
        .column(Column.of("id", ColumnType.of(Types.BIGINT)).notNull())
        .column(Column.of("email", ColumnType.of(Types.VARCHAR).definedAs(emailType)))
        .withPrimaryKey("id");
  }

  private static Table recordedCustomer() {
    return Table.named("customer")
        .column(Column.of("id", ColumnType.of(Types.BIGINT)).notNull())
        .column(Column.of("email", ColumnType.of(Types.VARCHAR).length(255)))
        .withPrimaryKey("id");
  }

  @Test
  void typeSpellingsOfOneTypeAreEqual() {
    Schema recorded = new Schema(List.of(recordedCustomer()), List.of());
    Schema live = new Schema(List.of(customer("character varying(255)").replaceColumn("id",
        c -> c.withType(ColumnType.of(Types.BIGINT).definedAs("int8")))), List.of());

    assertThat(drift.compare(recorded, live)).isEmpty();
  }

  @Test
  void aDifferentLengthAMissingTableAndAnExtraForeignKeyAreReported() {
    Table order = Table.named("`order`").column(Column.of("id", ColumnType.of(Types.BIGINT)).notNull())
        .column(Column.of("customer_id", ColumnType.of(Types.BIGINT)))
        .withPrimaryKey("id");
    Schema recorded = new Schema(List.of(recordedCustomer(), order), List.of());
    Table liveCustomer = customer("varchar(100)")
        .withForeignKey(ForeignKey.named("fk_x", "id").references("customer", "id"));
    Schema live = new Schema(List.of(liveCustomer), List.of());

    assertThat(drift.compare(recorded, live)).containsExactly(
        "table customer: column email is varchar(100) in the database, varchar(255) in the migrations",
        "table customer: foreign key fk_x (id) -> customer(id) is in the database but no migration adds it",
        "table `order` is missing from the database");
  }

  @Test
  void anIndexSortedAnotherWayIsReported() {
    Index recent = Index.of("ix_customer_email", "email", "id").descending("email");
    Schema recorded = new Schema(List.of(recordedCustomer().withIndex(recent)), List.of());
    Schema live = new Schema(List.of(customer("varchar(255)").withIndex(Index.of("ix_customer_email", "email", "id"))),
        List.of());

    assertThat(drift.compare(recorded, live)).containsExactly(
        "table customer: index ix_customer_email on (email desc, id) is missing from the database",
        "table customer: index ix_customer_email on (email, id) is in the database but no migration creates it");
    Schema same = new Schema(List.of(customer("varchar(255)").withIndex(recent)), List.of());
    assertThat(drift.compare(recorded, same)).isEmpty();
  }

  @Test
  void theSortOrderOfALiveH2IndexIsRead() throws SQLException {
    Index recent = Index.of("ix_customer_email", "email", "id").descending("email");
    Schema recorded = new Schema(List.of(recordedCustomer().withIndex(recent)), List.of());
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:drift-" + UUID.randomUUID());
        Statement s = c.createStatement()) {
      s.execute("create table customer (id bigint not null, email varchar(255), primary key (id))");
      s.execute("create index ix_customer_email on customer (email desc, id)");

      Schema live = new DatabaseSchemaReader().read(c, name -> false);

      assertThat(new SchemaDrift(SqlDialects.forName("h2")).compare(recorded, live)).isEmpty();
    }
  }

  @Test
  void typeNamesAreCanonical() {
    assertThat(TypeNames.canonical("CHARACTER VARYING(40)")).isEqualTo("varchar(40)");
    assertThat(TypeNames.canonical("numeric(10, 2)")).isEqualTo("numeric(10,2)");
    assertThat(TypeNames.canonical("decimal(10)")).isEqualTo("numeric(10,0)");
    assertThat(TypeNames.canonical("timestamp(6) without time zone")).isEqualTo("timestamp");
    assertThat(TypeNames.canonical("int4")).isEqualTo("integer");
  }
}
