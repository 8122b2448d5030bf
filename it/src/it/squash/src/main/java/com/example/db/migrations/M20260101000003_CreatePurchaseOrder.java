package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000003", parent = "20260101000002", message = "create purchase order")
public final class M20260101000003_CreatePurchaseOrder implements Migration {
    @Override
    public void up(Operations op) {
        op.createTable(table("PurchaseOrder")
                .column(column("id", bigint()).notNull())
                .column(column("customer_id", bigint()))
                .column(column("total", numeric(10, 2)))
                .withPrimaryKey("id"));
        op.addForeignKey("PurchaseOrder", foreignKey("fk_purchase_customer", "customer_id")
                .references("Customer", "id"));
    }

    @Override
    public void down(Operations op) {
        op.dropForeignKey("PurchaseOrder", "fk_purchase_customer");
        op.dropTable("PurchaseOrder");
    }
}
