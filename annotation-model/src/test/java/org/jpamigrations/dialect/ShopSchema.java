package org.jpamigrations.dialect;

import java.sql.Types;
import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.Operation;

/** {@link ShopEntities} as the schema model holds it (sizes as Hibernate resolves them), and the operations that create it. */
final class ShopSchema {

  private ShopSchema() {}

  static final Table CUSTOMER = Table.named("customer")
      .column(Column.of("id", ColumnType.of(Types.BIGINT)).notNull().withIdentity())
      .column(Column.of("name", ColumnType.of(Types.VARCHAR).length(100)).notNull())
      .column(Column.of("email", ColumnType.of(Types.VARCHAR).length(255)))
      .column(Column.of("balance", ColumnType.of(Types.NUMERIC).precision(38).scale(2)))
      .column(Column.of("created_at", ColumnType.of(Types.TIMESTAMP).precision(6)))
      .column(Column.of("born", ColumnType.of(Types.DATE)))
      .column(Column.of("active", ColumnType.of(Types.BOOLEAN)).notNull())
      .column(Column.of("visits", ColumnType.of(Types.INTEGER)).notNull())
      .withPrimaryKey("id")
      .withUnique("uk_customer_email", "email");

  static final Table PURCHASE = Table.named("purchase")
      .column(Column.of("id", ColumnType.of(Types.BIGINT)).notNull())
      .column(Column.of("customer_id", ColumnType.of(Types.BIGINT)).notNull())
      .column(Column.of("code", ColumnType.of(Types.VARCHAR).length(30)).notNull())
      .column(Column.of("amount", ColumnType.of(Types.NUMERIC).precision(10).scale(2)).notNull())
      .withPrimaryKey("id")
      .withUnique("uk_purchase_code", "code");

  static final List<Operation> OPERATIONS = List.of(
      new CreateSequence(Sequence.of("purchase_seq").startWith(5).incrementBy(10)),
      new CreateTable(CUSTOMER),
      new CreateTable(PURCHASE),
      new CreateIndex("customer", Index.of("idx_customer_name", "name")),
      new CreateIndex("purchase", Index.of("idx_purchase_customer_code", "customer_id", "code").asUnique()),
      new AddForeignKey("purchase", ForeignKey.named("fk_purchase_customer", "customer_id").references("customer", "id")));
}
