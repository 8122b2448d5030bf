package org.jpamigrations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Primary keys, unique, check and foreign key constraints, indexes and sequences. */
class ConstraintsTest {

  @Test
  void primaryKeyNeedsAColumnButNotAName() {
    assertThat(new PrimaryKey(null, List.of("id")).columns()).containsExactly("id");
    assertThatThrownBy(() -> new PrimaryKey("pk_users", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one column");
  }

  @Test
  void namedConstraintsNeedAName() {
    assertThatThrownBy(() -> new UniqueConstraint(" ", List.of("email")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A unique constraint must have a name");
    assertThatThrownBy(() -> Index.of(null, "email"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("An index must have a name");
    assertThatThrownBy(() -> ForeignKey.named("", "customer_id").references("customers", "id"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A foreign key must have a name");
    assertThatThrownBy(() -> Sequence.of(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A sequence must have a name");
  }

  @Test
  void anIndexSortsOnlyItsOwnColumnsDescending() {
    Index index = Index.of("idx_recent", "customer_id", "placed_at").descending("PLACED_AT");

    assertThat(index.isDescending("placed_at")).isTrue();
    assertThat(index.isDescending("customer_id")).isFalse();
    assertThat(index.sameColumns(Index.of("other", "customer_id", "placed_at"))).isFalse();
    assertThat(index.sameColumns(Index.of("other", "customer_id", "placed_at").descending("placed_at"))).isTrue();
    assertThat(index.asUnique().descending()).containsExactly("PLACED_AT");
    assertThatThrownBy(() -> Index.of("idx", "a").descending("b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Index idx has no column b to sort descending");
  }

  @Test
  void aForeignKeyDefinitionIsKeptThroughOnDeleteAndABlankOneIsNone() {
    ForeignKey fk = ForeignKey.named("fk", "a").references("t", "b").definedAs("foreign key (a) references t (b)");

    assertThat(fk.onDelete(ReferentialAction.CASCADE).definition()).isEqualTo("foreign key (a) references t (b)");
    assertThat(fk.definedAs(" ").definition()).isNull();
    assertThat(new ForeignKey("fk", List.of("a"), "t", List.of("b"), null).definition()).isNull();
  }

  @Test
  void checksNeedANameAndACondition() {
    assertThatThrownBy(() -> new CheckConstraint(null, "a > 0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A check constraint must have a name");
    assertThatThrownBy(() -> new CheckConstraint("ck_a", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Check constraint ck_a needs a condition");
  }

  @Test
  void anUnnamedCheckIsNamedAfterItsTableAndCondition() {
    String name = CheckConstraint.named("orders", "total >= 0").name();

    assertThat(name).startsWith("CK").hasSizeLessThanOrEqualTo(30);
    assertThat(CheckConstraint.named("ORDERS", "total >= 0").name()).isEqualTo(name);
    assertThat(CheckConstraint.named("orders", "total > 0").name()).isNotEqualTo(name);
    assertThat(CheckConstraint.named("invoices", "total >= 0").name()).isNotEqualTo(name);
  }

  @Test
  void uniqueConstraintsAndIndexesNeedAColumn() {
    assertThatThrownBy(() -> new UniqueConstraint("uk_users_email", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unique constraint uk_users_email needs at least one column");
    assertThatThrownBy(() -> Index.of("idx_users_email"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Index idx_users_email needs at least one column");
  }

  @Test
  void foreignKeyBuilderDefaultsToNoAction() {
    ForeignKey fk = ForeignKey.named("fk_order_customer", "customer_id").references("customers", "id");

    assertThat(fk).isEqualTo(new ForeignKey(
        "fk_order_customer", List.of("customer_id"), "customers", List.of("id"), ReferentialAction.NO_ACTION));
    assertThat(fk.onDelete(ReferentialAction.CASCADE).onDelete()).isEqualTo(ReferentialAction.CASCADE);
    assertThat(new ForeignKey("fk", List.of("a"), "t", List.of("b"), null).onDelete())
        .isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(ReferentialAction.SET_NULL.sql()).isEqualTo("set null");
  }

  @Test
  void foreignKeyColumnsMustMatchReferencedColumns() {
    assertThatThrownBy(() -> ForeignKey.named("fk_line_order", "order_id", "line").references("orders", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fk_line_order")
        .hasMessageContaining("[order_id, line] -> [id]");
    assertThatThrownBy(() -> ForeignKey.named("fk_empty").references("orders"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fk_empty");
  }

  @Test
  void indexAsUniqueKeepsNameAndColumns() {
    Index index = Index.of("idx_name", "last", "first");

    assertThat(index.unique()).isFalse();
    assertThat(index.asUnique()).isEqualTo(new Index("idx_name", List.of("last", "first"), true));
  }

  @Test
  void sequenceDefaultsToStartOneIncrementOne() {
    assertThat(Sequence.of("seq")).isEqualTo(new Sequence("seq", 1, 1));
    assertThat(Sequence.of("seq").startWith(100).incrementBy(50)).isEqualTo(new Sequence("seq", 100, 50));
  }

  @Test
  void columnListsAreCopiedOnConstruction() {
    List<String> columns = new ArrayList<>(List.of("a"));
    List<String> referenced = new ArrayList<>(List.of("x"));
    PrimaryKey pk = new PrimaryKey(null, columns);
    UniqueConstraint unique = new UniqueConstraint("uk", columns);
    Index index = new Index("idx", columns, false);
    ForeignKey fk = new ForeignKey("fk", columns, "t", referenced, null);

    columns.add("b");
    columns.set(0, "z");
    referenced.set(0, "y");

    assertThat(pk.columns()).containsExactly("a");
    assertThat(unique.columns()).containsExactly("a");
    assertThat(index.columns()).containsExactly("a");
    assertThat(fk.columns()).containsExactly("a");
    assertThat(fk.referencedColumns()).containsExactly("x");
    assertThatThrownBy(() -> pk.columns().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fk.referencedColumns().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
