package org.jpamigrations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

  private static final ColumnType BIGINT = ColumnType.of(Types.BIGINT);

  private static final Table CUSTOMERS = Table.named("customers")
      .column(Column.of("id", BIGINT).notNull()).withPrimaryKey("id");
  private static final Table ORDERS = Table.named("`Order`")
      .column(Column.of("id", BIGINT).notNull())
      .column(Column.of("customer_id", BIGINT))
      .column(Column.of("parent_id", BIGINT))
      .withPrimaryKey("id")
      .withForeignKey(ForeignKey.named("fk_order_customer", "customer_id").references("CUSTOMERS", "id"))
      .withForeignKey(ForeignKey.named("fk_order_parent", "parent_id").references("`Order`", "id"));
  private static final Table INVOICES = Table.named("app.invoices")
      .column(Column.of("customer_id", BIGINT))
      .withForeignKey(ForeignKey.named("fk_invoice_customer", "customer_id").references("customers", "id"));

  private final Schema schema = Schema.EMPTY.withTable(CUSTOMERS).withTable(ORDERS).withTable(INVOICES)
      .withSequence(Sequence.of("order_seq"));

  @Test
  void emptyHasNothing() {
    assertThat(Schema.EMPTY.tables()).isEmpty();
    assertThat(Schema.EMPTY.sequences()).isEmpty();
  }

  @Test
  void namespacesInUseAreTheCreatedOnesAndTheQualifiersOfTablesAndSequences() {
    Schema withNamespaces = schema.withSequence(Sequence.of("billing.invoice_seq")).withNamespace("`Archive`")
        .withNamespace("APP");

    assertThat(withNamespaces.namespaces()).containsExactly("`Archive`", "APP");
    assertThat(withNamespaces.usedNamespaces()).containsExactly("`Archive`", "APP", "billing");
    assertThat(withNamespaces.hasNamespace("app")).isTrue();
    assertThat(withNamespaces.hasNamespace("archive")).isFalse();
    assertThat(withNamespaces.withoutNamespace("app").namespaces()).containsExactly("`Archive`");
    assertThat(withNamespaces.withTable(Table.named("t")).namespaces()).containsExactly("`Archive`", "APP");
  }

  @Test
  void aNamespaceIsCreatedOnceAndOnlyACreatedOneIsDropped() {
    assertThatThrownBy(() -> schema.withNamespace("app").withNamespace("APP"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Schema APP already exists");
    assertThatThrownBy(() -> schema.withoutNamespace("app"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No schema app was created by the migrations");
  }

  @Test
  void findTableComparesNamesTheSqlWay() {
    assertThat(schema.findTable("Customers")).contains(CUSTOMERS);
    assertThat(schema.findTable("`Order`")).contains(ORDERS);
    assertThat(schema.findTable("order")).isEmpty();
    assertThat(schema.findTable("APP.INVOICES")).contains(INVOICES);
    assertThat(schema.findTable("invoices")).isEmpty();
    assertThat(schema.table("customers")).isEqualTo(CUSTOMERS);
  }

  @Test
  void tableNamesTheMissingTable() {
    assertThatThrownBy(() -> schema.table("products"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No table products in the schema");
  }

  @Test
  void withTableAppendsAndRejectsDuplicates() {
    assertThat(schema.tables()).containsExactly(CUSTOMERS, ORDERS, INVOICES);
    assertThatThrownBy(() -> schema.withTable(Table.named("CUSTOMERS")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Table CUSTOMERS already exists");
  }

  @Test
  void withoutTableRemovesOnlyThatTable() {
    assertThat(schema.withoutTable("`Order`").tables()).containsExactly(CUSTOMERS, INVOICES);
    assertThatThrownBy(() -> schema.withoutTable("products"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("products");
  }

  @Test
  void replaceTableKeepsThePosition() {
    Schema changed = schema.replaceTable("CUSTOMERS", t -> t.withComment("buyers"));

    assertThat(changed.tables()).extracting(Table::name).containsExactly("customers", "`Order`", "app.invoices");
    assertThat(changed.table("customers").comment()).isEqualTo("buyers");
    assertThat(schema.table("customers").comment()).isNull();
    assertThatThrownBy(() -> schema.replaceTable("products", t -> t))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("products");
  }

  @Test
  void sequencesAreFoundAddedAndRemovedByName() {
    assertThat(schema.findSequence("ORDER_SEQ")).contains(Sequence.of("order_seq"));
    assertThat(schema.findSequence("other_seq")).isEmpty();
    assertThat(schema.withoutSequence("Order_Seq").sequences()).isEmpty();
    assertThat(schema.withSequence(Sequence.of("s2")).sequences()).extracting(Sequence::name)
        .containsExactly("order_seq", "s2");
    assertThatThrownBy(() -> schema.withSequence(Sequence.of("ORDER_SEQ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Sequence ORDER_SEQ already exists");
    assertThatThrownBy(() -> schema.withoutSequence("other_seq"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No sequence other_seq in the schema");
  }

  @Test
  void foreignKeysReferencingFindsThemInEveryTableIncludingItself() {
    assertThat(schema.foreignKeysReferencing("customers")).extracting(ForeignKey::name)
        .containsExactly("fk_order_customer", "fk_invoice_customer");
    assertThat(schema.foreignKeysReferencing("`Order`")).extracting(ForeignKey::name)
        .containsExactly("fk_order_parent");
    assertThat(schema.foreignKeysReferencing("app.invoices")).isEmpty();
    assertThat(schema.foreignKeysReferencing("order")).isEmpty();
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<Table> tables = new ArrayList<>(List.of(CUSTOMERS));
    List<Sequence> sequences = new ArrayList<>();
    Schema copy = new Schema(tables, sequences);

    tables.add(ORDERS);
    sequences.add(Sequence.of("s"));

    assertThat(copy.tables()).containsExactly(CUSTOMERS);
    assertThat(copy.sequences()).isEmpty();
    assertThatThrownBy(() -> copy.tables().add(ORDERS)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.sequences().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void changesLeaveTheOriginalUnchanged() {
    schema.withoutTable("customers").withoutSequence("order_seq").withTable(Table.named("x"));

    assertThat(schema.tables()).hasSize(3);
    assertThat(schema.sequences()).hasSize(1);
  }

  @Test
  void lookupsFindWhatAScanOfTheNamesFinds() {
    List<String> names = NamesTest.trickyNames(7, 300);
    Schema built = Schema.EMPTY;
    for (String name : names) {
      if (built.tables().stream().noneMatch(t -> Names.same(t.name(), name))) {
        built = built.withTable(Table.named(name));
      }
    }
    for (String name : names) {
      List<Table> scanned = built.tables().stream().filter(t -> Names.same(t.name(), name)).toList();
      assertThat(built.findTable(name)).as(name).isEqualTo(scanned.stream().findFirst());
    }
    Schema removed = built.withoutTable(built.tables().get(3).name()).replaceTable(built.tables().get(5).name(),
        t -> t.column(Column.of("id", BIGINT)));
    assertThat(removed.tables()).hasSize(built.tables().size() - 1);
    assertThat(removed.findTable(built.tables().get(3).name())).isEmpty();
    assertThat(removed.table(built.tables().get(5).name()).columns()).hasSize(1);
    assertThat(removed.findTable(built.tables().get(6).name())).contains(built.tables().get(6));
  }

  @Test
  void tablesReferencingFindWhatAScanOfTheForeignKeysFinds() {
    List<String> names = NamesTest.trickyNames(11, 120);
    Schema built = Schema.EMPTY;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (built.findTable(name).isPresent()) {
        continue;
      }
      Table table = Table.named(name).column(Column.of("ref", BIGINT));
      // Each table references two of the names, some of them itself, some of them no table at all.
      for (int k = 1; k <= 2; k++) {
        table = table.withForeignKey(ForeignKey.named("fk_" + i + "_" + k, "ref")
            .references(names.get((i * 7 + k * 13) % names.size()), "id"));
      }
      built = built.withTable(table);
    }
    Schema changed = built.withoutTable(built.tables().get(2).name())
        .replaceTable(built.tables().get(4).name(), t -> t.withForeignKeys(t.foreignKeys().subList(1, t.foreignKeys().size())));
    for (Schema schema : List.of(built, changed)) {
      for (String name : names) {
        List<Table> scanned = schema.tables().stream()
            .filter(t -> t.foreignKeys().stream().anyMatch(fk -> Names.same(fk.referencedTable(), name)))
            .toList();
        assertThat(schema.tablesReferencing(name)).as(name).isEqualTo(scanned);
      }
    }
  }
}
