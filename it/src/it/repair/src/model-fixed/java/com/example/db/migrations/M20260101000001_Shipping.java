package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** Fixed: the third statement names the right table. */
@Revision(id = "20260101000001", parent = "20260101000000", message = "shipping")
public class M20260101000001_Shipping implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("shipment").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
    op.addColumn("orders", column("shipment_id", bigint()));
    op.sql("insert into shipment values (1)");
  }

  @Override
  public void down(Operations op) {
    op.sql("delete from shipment");
    op.dropColumn("orders", "shipment_id");
    op.dropTable("shipment");
  }
}
