package org.jpamigrations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  private static final ColumnType BIGINT = ColumnType.of(Types.BIGINT);
  private static final ColumnType VARCHAR = ColumnType.of(Types.VARCHAR).length(255);

  private final Table users = Table.named("users")
      .column(Column.of("id", BIGINT).notNull())
      .column(Column.of("email", VARCHAR))
      .column(Column.of("`Group`", VARCHAR))
      .withPrimaryKey("id")
      .withUnique("uk_users_email", "email")
      .withForeignKey(ForeignKey.named("fk_users_group", "`Group`").references("groups", "name"))
      .withIndex(Index.of("idx_users_email", "email"))
      .withComment("people");

  @Test
  void namedMakesAnEmptyTable() {
    assertThat(Table.named("t"))
        .isEqualTo(new Table("t", List.of(), null, List.of(), List.of(), List.of(), null));
  }

  @Test
  void needsAName() {
    assertThatThrownBy(() -> Table.named(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A table must have a name");
  }

  @Test
  void buildersCollectPartsInOrder() {
    assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email", "`Group`");
    assertThat(users.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
    assertThat(users.uniqueConstraints()).containsExactly(new UniqueConstraint("uk_users_email", List.of("email")));
    assertThat(users.foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_users_group");
    assertThat(users.indexes()).extracting(Index::name).containsExactly("idx_users_email");
    assertThat(users.comment()).isEqualTo("people");
  }

  @Test
  void columnRejectsADuplicateNameComparedTheSqlWay() {
    assertThatThrownBy(() -> users.column(Column.of("EMAIL", VARCHAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Table users already has a column EMAIL");
    assertThat(users.column(Column.of("`group`", VARCHAR)).columns()).hasSize(4);
  }

  @Test
  void findersCompareNamesTheSqlWay() {
    assertThat(users.findColumn("ID")).map(Column::name).contains("id");
    assertThat(users.findColumn("`Group`")).isPresent();
    assertThat(users.findColumn("group")).isEmpty();
    assertThat(users.findColumn("missing")).isEmpty();
    assertThat(users.findUnique("UK_USERS_EMAIL")).isPresent();
    assertThat(users.findUnique("uk_other")).isEmpty();
    assertThat(users.findForeignKey("Fk_Users_Group")).isPresent();
    assertThat(users.findForeignKey("fk_other")).isEmpty();
    assertThat(users.findIndex("IDX_USERS_EMAIL")).isPresent();
    assertThat(users.findIndex("idx_other")).isEmpty();
  }

  @Test
  void replaceColumnChangesOnlyThatColumn() {
    Table changed = users.replaceColumn("EMAIL", Column::notNull);

    assertThat(changed.findColumn("email")).map(Column::nullable).contains(false);
    assertThat(changed.columns().get(0)).isEqualTo(users.columns().get(0));
    assertThat(changed.columns()).extracting(Column::name).containsExactly("id", "email", "`Group`");
    assertThat(users.findColumn("email")).map(Column::nullable).contains(true);
  }

  @Test
  void replaceColumnNamesTheMissingColumn() {
    assertThatThrownBy(() -> users.replaceColumn("phone", Column::notNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Table users has no column phone");
  }

  @Test
  void withersReplaceWholeParts() {
    assertThat(users.withName("people").name()).isEqualTo("people");
    assertThat(users.withPrimaryKey((PrimaryKey) null).primaryKey()).isNull();
    assertThat(users.withUniqueConstraints(List.of()).uniqueConstraints()).isEmpty();
    assertThat(users.withForeignKeys(List.of()).foreignKeys()).isEmpty();
    assertThat(users.withIndexes(List.of()).indexes()).isEmpty();
    assertThat(users.withColumns(List.of()).columns()).isEmpty();
    assertThat(users.withComment(null).comment()).isNull();
    assertThat(users.withUnique(new UniqueConstraint("uk2", List.of("id"))).uniqueConstraints()).hasSize(2);
  }

  @Test
  void withoutForeignKeysAndIndexesKeepsTheRest() {
    Table bare = users.withoutForeignKeysAndIndexes();

    assertThat(bare.foreignKeys()).isEmpty();
    assertThat(bare.indexes()).isEmpty();
    assertThat(bare.withForeignKeys(users.foreignKeys()).withIndexes(users.indexes())).isEqualTo(users);
  }

  @Test
  void buildingLeavesTheOriginalUnchanged() {
    Table before = users;
    users.column(Column.of("phone", VARCHAR)).withIndex(Index.of("idx_phone", "phone"));

    assertThat(users).isSameAs(before);
    assertThat(users.columns()).hasSize(3);
    assertThat(users.indexes()).hasSize(1);
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<Column> columns = new ArrayList<>(List.of(Column.of("id", BIGINT)));
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    Table table = new Table("t", columns, null, uniques, foreignKeys, indexes, null);

    columns.add(Column.of("x", BIGINT));
    uniques.add(new UniqueConstraint("uk", List.of("id")));
    foreignKeys.add(ForeignKey.named("fk", "id").references("t", "id"));
    indexes.add(Index.of("idx", "id"));

    assertThat(table.columns()).hasSize(1);
    assertThat(table.uniqueConstraints()).isEmpty();
    assertThat(table.foreignKeys()).isEmpty();
    assertThat(table.indexes()).isEmpty();
    assertThatThrownBy(() -> table.columns().add(Column.of("y", BIGINT)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> users.indexes().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
