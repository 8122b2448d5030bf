package org.jpamigrations.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpamigrations.operation.Shop.BIGINT;
import static org.jpamigrations.operation.Shop.CUSTOMERS_ONLY;
import static org.jpamigrations.operation.Shop.ORDERS_ONLY;
import static org.jpamigrations.operation.Shop.SHOP;
import static org.jpamigrations.operation.Shop.varchar;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inverse of an operation, applied after it, gives back the schema it started from. */
class RoundTripTest {

  /** Quoted names in mixed case, a table with no primary key and a foreign key to itself. */
  private static final Schema QUOTED = Schema.EMPTY
      .withTable(Table.named("`User`")
          .column(Column.of("`Id`", BIGINT).notNull())
          .column(Column.of("`Manager`", BIGINT))
          .column(Column.of("nick", varchar(40)).withComment("shown"))
          .withPrimaryKey("`Id`")
          .withForeignKey(ForeignKey.named("`FK_User_Manager`", "`Manager`").references("`User`", "`Id`"))
          .withIndex(Index.of("`IX_Nick`", "nick").asUnique()))
      .withTable(Table.named("app.event").column(Column.of("at", ColumnType.of(Types.TIMESTAMP)).notNull()))
      .withSequence(Sequence.of("`Seq`"));

  static Stream<Schema> schemas() {
    return Stream.of(SHOP, ORDERS_ONLY, CUSTOMERS_ONLY, QUOTED, QUOTED.withNamespace("`Empty`"));
  }

  /** Operations whose inverse restores the schema exactly, element order included. */
  static Stream<Arguments> exact() {
    return Stream.of(
        Arguments.of(SHOP, new CreateSchema("sales")),
        Arguments.of(SHOP.withNamespace("sales"), new DropSchema("sales")),
        Arguments.of(SHOP, new CreateTable(Table.named("products").column(Column.of("sku", varchar(20))))),
        Arguments.of(SHOP, new DropTable("audit_log")),
        Arguments.of(ORDERS_ONLY, new DropTable("`order`")),
        Arguments.of(SHOP.withoutTable("audit_log"), new DropTable("shop.order_line")),
        Arguments.of(SHOP, new RenameTable("customers", "clients")),
        Arguments.of(SHOP, new CommentOnTable("customers", "buyers")),
        Arguments.of(SHOP, new CommentOnTable("audit_log", null)),
        Arguments.of(SHOP, new RenameTable("shop.order_line", "order_line")),
        // names written in another case than the schema's come back as the schema spells them
        Arguments.of(SHOP, new RenameTable("CUSTOMERS", "clients")),
        Arguments.of(SHOP, new RenameColumn("Customers", "EMAIL", "mail")),
        Arguments.of(SHOP, new DropTable("AUDIT_LOG")),
        Arguments.of(SHOP, new AlterColumn("customers", Column.of("NAME", varchar(100)))),
        Arguments.of(SHOP, new AddColumn("customers", Column.of("phone", varchar(30)))),
        Arguments.of(SHOP, new DropColumn("`order`", "total")),
        Arguments.of(SHOP, new AlterColumn("customers", Column.of("name", varchar(10)).withDefault("'?'"))),
        Arguments.of(SHOP, new AlterColumn("`order`", Column.of("total", Shop.NUMERIC_10_2).notNull())),
        Arguments.of(SHOP, new RenameColumn("customers", "id", "customer_no")),
        Arguments.of(SHOP, new RenameColumn("shop.order_line", "line_no", "position")),
        Arguments.of(QUOTED, new RenameColumn("`User`", "`Id`", "`Key`")),
        Arguments.of(SHOP, new AddForeignKey("audit_log",
            ForeignKey.named("fk_audit_customer", "message").references("customers", "email"))),
        Arguments.of(SHOP, new DropForeignKey("shop.order_line", "fk_line_parent")),
        Arguments.of(SHOP, new AddForeignKey("`order`", ForeignKey.named("fk_order_customer2", "customer_id")
            .references("customers", "id").definedAs("foreign key (customer_id) references customers (id)"))),
        Arguments.of(SHOP, new AddUniqueConstraint("customers", new UniqueConstraint("uk_name", List.of("name")))),
        Arguments.of(SHOP, new DropUniqueConstraint("customers", "uk_customers_email")),
        Arguments.of(CUSTOMERS_ONLY, new DropPrimaryKey("customers")),
        Arguments.of(SHOP.replaceTable("customers", t -> t.withPrimaryKey((PrimaryKey) null)),
            new AddPrimaryKey("customers", new PrimaryKey("pk_customers", List.of("id", "name")))),
        Arguments.of(SHOP, new AddCheckConstraint("`order`", new CheckConstraint("ck_total", "total >= 0"))),
        Arguments.of(SHOP, new DropCheckConstraint("shop.order_line", "ck_line_quantity")),
        Arguments.of(SHOP, new CreateIndex("`order`", Index.of("idx_total", "total", "placed_at"))),
        Arguments.of(SHOP, new CreateIndex("`order`", Index.of("idx_recent", "total", "placed_at").descending("placed_at"))),
        Arguments.of(SHOP, new DropIndex("customers", "idx_customers_name")),
        Arguments.of(SHOP, new CreateSequence(Sequence.of("s").startWith(5))),
        Arguments.of(SHOP, new DropSequence("order_seq")),
        Arguments.of(SHOP, new AlterSequence(Sequence.of("ORDER_SEQ").startWith(1).incrementBy(1))),
        Arguments.of(QUOTED, new DropSequence("`Seq`")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("exact")
  void inverseRestoresTheSchemaExactly(Schema before, Operation operation) {
    assertThat(roundTrip(before, operation)).isEqualTo(before);
  }

  /**
   * Every operation that fits each schema. A dropped object comes back last among its siblings, as
   * it would on a database, so these compare schemas regardless of element order.
   */
  static Stream<Arguments> generated() {
    return schemas().flatMap(schema -> fitting(schema).stream().map(op -> Arguments.of(schema, op)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("generated")
  void inverseRestoresEveryFittingOperation(Schema before, Operation operation) {
    assertThat(canonical(roundTrip(before, operation))).isEqualTo(canonical(before));
  }

  @Test
  void generatedOperationsCoverEveryReversibleType() {
    assertThat(generated().map(a -> a.get()[1].getClass()).distinct())
        .hasSize(Operation.class.getPermittedSubclasses().length - 2);
  }

  @Test
  void aDroppedColumnComesBackLast() {
    Schema before = Schema.EMPTY.withTable(Table.named("t")
        .column(Column.of("a", BIGINT)).column(Column.of("b", BIGINT)).column(Column.of("c", BIGINT)));

    Schema restored = roundTrip(before, new DropColumn("t", "b"));

    assertThat(restored.table("t").columns()).extracting(Column::name).containsExactly("a", "c", "b");
  }

  @Test
  void irreversibleOperationsSaySo() {
    assertThatThrownBy(() -> new ExecuteSql("delete from audit_log").inverse(SHOP))
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("SQL cannot be undone automatically: execute delete from audit_log");
    assertThatThrownBy(() -> new ExecuteJdbc("copy names", c -> {}).inverse(SHOP))
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("Java code cannot be undone automatically: run copy names");
  }

  @Test
  void inverseNeedsTheSchemaTheOperationWasAppliedTo() {
    assertThatThrownBy(() -> new DropColumn("customers", "phone").inverse(SHOP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Table customers has no column phone");
    assertThatThrownBy(() -> new AlterColumn("customers", Column.of("phone", BIGINT)).inverse(SHOP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Table customers has no column phone");
    assertThatThrownBy(() -> new DropTable("products").inverse(SHOP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No table products in the schema");
    assertThatThrownBy(() -> new DropSequence("s").inverse(SHOP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No sequence s in the schema");
    assertThatThrownBy(() -> new DropIndex("customers", "idx").inverse(SHOP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Table customers has no index idx");
    assertThatThrownBy(() -> new RenameTable("products", "goods").inverse(SHOP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("No table products in the schema");
    assertThatThrownBy(() -> new RenameColumn("customers", "phone", "mobile").inverse(SHOP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Table customers has no column phone");
  }

  @Test
  void dropTableInverseCreatesTheTableThenItsIndexesAndForeignKeys() {
    List<Operation> inverse = new DropTable("`order`").inverse(ORDERS_ONLY);

    assertThat(inverse).containsExactly(
        new CreateTable(Shop.ORDERS.withoutForeignKeysAndIndexes()),
        new CreateIndex("`order`", Shop.ORDERS.indexes().get(0)),
        new AddForeignKey("`order`", Shop.ORDERS.foreignKeys().get(0)));
  }

  static Schema roundTrip(Schema before, Operation operation) {
    Schema after = operation.apply(before);
    Schema restored = after;
    for (Operation undo : operation.inverse(before)) {
      restored = undo.apply(restored);
    }
    return restored;
  }

  /** Every operation that applies to the schema, built from what is in it. */
  private static List<Operation> fitting(Schema schema) {
    List<Operation> candidates = new ArrayList<>();
    candidates.add(new CreateTable(Table.named("extra").column(Column.of("id", BIGINT)).withPrimaryKey("id")));
    candidates.add(new CreateSequence(Sequence.of("extra_seq")));
    candidates.add(new CreateSchema("extra"));
    schema.namespaces().forEach(n -> candidates.add(new DropSchema(n)));
    for (Sequence sequence : schema.sequences()) {
      candidates.add(new DropSequence(sequence.name()));
      candidates.add(new AlterSequence(sequence.incrementBy(sequence.increment() + 1)));
    }
    for (Table table : schema.tables()) {
      String name = table.name();
      candidates.add(new DropTable(name));
      candidates.add(new RenameTable(name, "renamed"));
      candidates.add(new CommentOnTable(name, table.comment() == null ? "noted" : null));
      candidates.add(new AddColumn(name, Column.of("added", varchar(10)).withDefault("'x'")));
      String first = table.columns().get(0).name();
      candidates.add(new AddUniqueConstraint(name, new UniqueConstraint("uk_extra", List.of(first))));
      candidates.add(new CreateIndex(name, Index.of("idx_extra", first)));
      candidates.add(new AddCheckConstraint(name, CheckConstraint.named(name, first + " is not null")));
      candidates.add(new AddForeignKey(name, ForeignKey.named("fk_extra", first).references(name, first)));
      for (Column column : table.columns()) {
        candidates.add(new DropColumn(name, column.name()));
        candidates.add(new FillNulls(name, column.name(), null));
        candidates.add(new CopyValues(name, column.name(), table.columns().get(0).name()));
        candidates.add(new RenameColumn(name, column.name(), "renamed"));
        candidates.add(new AlterColumn(name, column.withNullable(!column.nullable())));
        candidates.add(new AlterColumn(name, column.withType(varchar(1)).withComment("changed")));
      }
      table.foreignKeys().forEach(fk -> candidates.add(new DropForeignKey(name, fk.name())));
      table.uniqueConstraints().forEach(u -> candidates.add(new DropUniqueConstraint(name, u.name())));
      table.indexes().forEach(i -> candidates.add(new DropIndex(name, i.name())));
      candidates.add(new DropPrimaryKey(name));
      List<String> notNull = table.columns().stream().filter(c -> !c.nullable()).map(Column::name).toList();
      if (!notNull.isEmpty()) {
        candidates.add(new AddPrimaryKey(name, new PrimaryKey(null, notNull)));
      }
      table.checks().forEach(c -> candidates.add(new DropCheckConstraint(name, c.name())));
    }
    return candidates.stream().filter(op -> fits(op, schema)).toList();
  }

  private static boolean fits(Operation operation, Schema schema) {
    try {
      operation.apply(schema);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The schema with tables, sequences and each table's parts sorted by name. */
  private static Schema canonical(Schema schema) {
    return new Schema(
        sorted(schema.tables().stream().map(t -> new Table(t.name(), sorted(t.columns(), Column::name),
            t.primaryKey(), sorted(t.uniqueConstraints(), UniqueConstraint::name),
            sorted(t.foreignKeys(), ForeignKey::name), sorted(t.indexes(), Index::name), t.comment(),
            sorted(t.checks(), CheckConstraint::name))).toList(),
            Table::name),
        sorted(schema.sequences(), Sequence::name),
        sorted(schema.namespaces(), n -> n));
  }

  private static <T> List<T> sorted(List<T> list, Function<T, String> name) {
    return list.stream().sorted(Comparator.comparing(t -> Names.key(name.apply(t)))).toList();
  }
}
