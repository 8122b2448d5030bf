package org.jpamigrations.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.operation.Shop.CUSTOMERS;
import static org.jpamigrations.operation.Shop.ORDERS;
import static org.jpamigrations.operation.Shop.ORDERS_ONLY;
import static org.jpamigrations.operation.Shop.SHOP;
import static org.jpamigrations.operation.Shop.varchar;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each operation applied to a schema it fits gives the schema it describes. */
class ApplyTest {

  private static final Table PRODUCTS = Table.named("products")
      .column(Column.of("sku", varchar(20)).notNull())
      .withPrimaryKey("sku");
  private static final Column PHONE = Column.of("phone", varchar(30));

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(new CreateSchema("sales"), SHOP, new Schema(SHOP.tables(), SHOP.sequences(), List.of("sales"))),
        Arguments.of(new DropSchema("SALES"), SHOP.withNamespace("sales"), SHOP),
        Arguments.of(new CreateTable(PRODUCTS), SHOP, SHOP.withTable(PRODUCTS)),
        Arguments.of(new DropTable("AUDIT_LOG"), SHOP, SHOP.withoutTable("audit_log")),
        // a foreign key of the table itself does not keep it from being dropped
        Arguments.of(new DropTable("shop.order_line"), SHOP, SHOP.withoutTable("shop.order_line")),
        Arguments.of(new CommentOnTable("customers", "buyers"), ORDERS_ONLY,
            ORDERS_ONLY.replaceTable("customers", t -> t.withComment("buyers"))),
        Arguments.of(new RenameTable("customers", "clients"), ORDERS_ONLY,
            Schema.EMPTY.withTable(CUSTOMERS.withName("clients")).withTable(ORDERS.withForeignKeys(
                List.of(ForeignKey.named("fk_order_customer", "customer_id").references("clients", "id"))))),
        Arguments.of(new RenameTable("shop.order_line", "shop.line"), SHOP,
            SHOP.replaceTable("shop.order_line", t -> t.withName("shop.line").withForeignKeys(List.of(
                t.foreignKeys().get(0),
                ForeignKey.named("fk_line_parent", "order_id", "parent_line")
                    .references("shop.line", "order_id", "line_no"))))),
        Arguments.of(new AddColumn("Customers", PHONE), SHOP,
            SHOP.replaceTable("customers", t -> t.withColumns(List.of(
                t.columns().get(0), t.columns().get(1), t.columns().get(2), PHONE)))),
        Arguments.of(new DropColumn("`order`", "TOTAL"), SHOP,
            SHOP.replaceTable("`order`", t -> t.withColumns(t.columns().subList(0, 3)))),
        Arguments.of(new AlterColumn("customers", Column.of("name", varchar(200))), SHOP,
            SHOP.replaceTable("customers", t -> t.withColumns(List.of(
                t.columns().get(0), Column.of("name", varchar(200)), t.columns().get(2))))),
        Arguments.of(new RenameColumn("customers", "id", "customer_no"), ORDERS_ONLY,
            Schema.EMPTY
                .withTable(CUSTOMERS.replaceColumn("id", c -> c.withName("customer_no"))
                    .withPrimaryKey("customer_no"))
                .withTable(ORDERS.withForeignKeys(List.of(
                    ForeignKey.named("fk_order_customer", "customer_id").references("customers", "customer_no"))))),
        Arguments.of(new RenameColumn("customers", "email", "mail"), SHOP,
            SHOP.replaceTable("customers", t -> t.replaceColumn("email", c -> c.withName("mail"))
                .withUniqueConstraints(List.of(new UniqueConstraint("uk_customers_email", List.of("mail")))))),
        Arguments.of(new RenameColumn("shop.order_line", "line_no", "position"), SHOP,
            SHOP.replaceTable("shop.order_line", t -> t.replaceColumn("line_no", c -> c.withName("position"))
                .withPrimaryKey(new PrimaryKey(null, List.of("order_id", "position")))
                .withForeignKeys(List.of(
                    t.foreignKeys().get(0),
                    ForeignKey.named("fk_line_parent", "order_id", "parent_line")
                        .references("shop.order_line", "order_id", "position"))))),
        Arguments.of(new RenameColumn("`order`", "placed_at", "created_at"), SHOP,
            SHOP.replaceTable("`order`", t -> t.replaceColumn("placed_at", c -> c.withName("created_at"))
                .withIndexes(List.of(Index.of("idx_order_placed", "created_at"))))),
        Arguments.of(new AddForeignKey("audit_log", ForeignKey.named("fk_audit_customer", "message")
                .references("customers", "email")), SHOP,
            SHOP.replaceTable("audit_log", t -> t.withForeignKey(
                ForeignKey.named("fk_audit_customer", "message").references("customers", "email")))),
        Arguments.of(new DropForeignKey("`order`", "FK_ORDER_CUSTOMER"), SHOP,
            SHOP.replaceTable("`order`", t -> t.withForeignKeys(List.of()))),
        Arguments.of(new AddUniqueConstraint("customers", new UniqueConstraint("uk_customers_name", List.of("name"))),
            SHOP, SHOP.replaceTable("customers", t -> t.withUnique("uk_customers_name", "name"))),
        Arguments.of(new DropUniqueConstraint("customers", "uk_customers_email"), SHOP,
            SHOP.replaceTable("customers", t -> t.withUniqueConstraints(List.of()))),
        Arguments.of(new DropPrimaryKey("Customers"), Shop.CUSTOMERS_ONLY,
            Schema.EMPTY.withTable(CUSTOMERS.withPrimaryKey((PrimaryKey) null))),
        Arguments.of(new AddPrimaryKey("customers", new PrimaryKey("pk_customers", List.of("id", "name"))),
            Schema.EMPTY.withTable(CUSTOMERS.withPrimaryKey((PrimaryKey) null)),
            Schema.EMPTY.withTable(CUSTOMERS.withPrimaryKey(new PrimaryKey("pk_customers", List.of("id", "name"))))),
        Arguments.of(new AddCheckConstraint("customers", new CheckConstraint("ck_name", "name <> ''")), SHOP,
            SHOP.replaceTable("customers", t -> t.withCheck("ck_name", "name <> ''"))),
        Arguments.of(new DropCheckConstraint("shop.order_line", "CK_LINE_QUANTITY"), SHOP,
            SHOP.replaceTable("shop.order_line", t -> t.withChecks(List.of()))),
        Arguments.of(new RenameColumn("`order`", "placed_at", "created_at"),
            SHOP.replaceTable("`order`", t -> t.withIndexes(List.of(Index.of("ix", "placed_at").descending("placed_at")))),
            SHOP.replaceTable("`order`", t -> t.replaceColumn("placed_at", c -> c.withName("created_at"))
                .withIndexes(List.of(Index.of("ix", "created_at").descending("created_at"))))),
        Arguments.of(new CreateIndex("`order`", Index.of("idx_order_total", "total").asUnique()), SHOP,
            SHOP.replaceTable("`order`", t -> t.withIndex(new Index("idx_order_total", List.of("total"), true)))),
        Arguments.of(new DropIndex("customers", "idx_customers_name"), SHOP,
            SHOP.replaceTable("customers", t -> t.withIndexes(List.of()))),
        Arguments.of(new CreateSequence(Sequence.of("line_seq")), SHOP,
            new Schema(SHOP.tables(), List.of(Shop.ORDER_SEQ, Sequence.of("line_seq")))),
        Arguments.of(new DropSequence("ORDER_SEQ"), SHOP, new Schema(SHOP.tables(), List.of())),
        Arguments.of(new AlterSequence(Sequence.of("order_seq").incrementBy(1)), SHOP,
            new Schema(SHOP.tables(), List.of(Sequence.of("order_seq").incrementBy(1)))),
        Arguments.of(new ExecuteSql("update customers set name = upper(name)"), SHOP, SHOP),
        Arguments.of(new FillNulls("customers", "name", "'none'"), SHOP, SHOP),
        Arguments.of(new CopyValues("customers", "name", "id"), SHOP, SHOP),
        Arguments.of(new ExecuteJdbc("fill names", connection -> {}), SHOP, SHOP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void applyGivesTheExpectedSchema(Operation operation, Schema before, Schema expected) {
    assertThat(operation.apply(before)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void applyLeavesTheInputSchemaUnchanged(Operation operation, Schema before, Schema expected) {
    Schema copy = new Schema(before.tables(), before.sequences(), before.namespaces());
    operation.apply(before);
    assertThat(before).isEqualTo(copy);
  }

  @Test
  void casesCoverEveryOperationType() {
    Set<Class<?>> covered = cases().map(a -> a.get()[0].getClass()).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
  }

  @Test
  void droppingATableKeepsTheOthersInOrder() {
    assertThat(new DropTable("`order`").apply(SHOP.withoutTable("shop.order_line")).tables())
        .extracting(Table::name).containsExactly("customers", "audit_log");
  }
}
