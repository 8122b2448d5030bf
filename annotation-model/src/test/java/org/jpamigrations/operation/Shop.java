package org.jpamigrations.operation;

import java.sql.Types;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;

/** Realistic schemas for the operation tests: a small shop, with a quoted and a qualified table. */
final class Shop {

  static final ColumnType BIGINT = ColumnType.of(Types.BIGINT);
  static final ColumnType INTEGER = ColumnType.of(Types.INTEGER);
  static final ColumnType NUMERIC_10_2 = ColumnType.of(Types.NUMERIC).precision(10).scale(2);
  static final ColumnType TIMESTAMP_6 = ColumnType.of(Types.TIMESTAMP).precision(6);

  static ColumnType varchar(long length) {
    return ColumnType.of(Types.VARCHAR).length(length);
  }

  static final Table CUSTOMERS = Table.named("customers")
      .column(Column.of("id", BIGINT).notNull().withIdentity())
      .column(Column.of("name", varchar(100)).notNull())
      .column(Column.of("email", varchar(255)).withComment("login"))
      .withPrimaryKey("id")
      .withUnique("uk_customers_email", "email")
      .withIndex(Index.of("idx_customers_name", "name"));

  static final Table ORDERS = Table.named("`order`")
      .column(Column.of("id", BIGINT).notNull())
      .column(Column.of("customer_id", BIGINT).notNull())
      .column(Column.of("placed_at", TIMESTAMP_6).withDefault("current_timestamp"))
      .column(Column.of("total", NUMERIC_10_2))
      .withPrimaryKey("id")
      .withForeignKey(ForeignKey.named("fk_order_customer", "customer_id").references("customers", "id"))
      .withIndex(Index.of("idx_order_placed", "placed_at"));

  static final Table LINES = Table.named("shop.order_line")
      .column(Column.of("order_id", BIGINT).notNull())
      .column(Column.of("line_no", INTEGER).notNull())
      .column(Column.of("quantity", INTEGER).notNull().withDefault("1"))
      .column(Column.of("parent_line", INTEGER))
      .withPrimaryKey("order_id", "line_no")
      .withCheck("ck_line_quantity", "quantity > 0")
      .withForeignKey(ForeignKey.named("fk_line_order", "order_id").references("`order`", "id")
          .onDelete(ReferentialAction.CASCADE))
      .withForeignKey(ForeignKey.named("fk_line_parent", "order_id", "parent_line")
          .references("shop.order_line", "order_id", "line_no"));

  static final Table AUDIT = Table.named("audit_log")
      .column(Column.of("message", varchar(4000)))
      .withComment("no key on purpose");

  static final Sequence ORDER_SEQ = Sequence.of("order_seq").startWith(1000).incrementBy(50);

  /** Customers alone, nothing referencing them. */
  static final Schema CUSTOMERS_ONLY = Schema.EMPTY.withTable(CUSTOMERS);

  /** The whole shop. */
  static final Schema SHOP = Schema.EMPTY
      .withTable(CUSTOMERS).withTable(ORDERS).withTable(LINES).withTable(AUDIT)
      .withSequence(ORDER_SEQ);

  /** The shop with the orders but no lines, audit or sequences. */
  static final Schema ORDERS_ONLY = Schema.EMPTY.withTable(CUSTOMERS).withTable(ORDERS);

  private Shop() {}
}
