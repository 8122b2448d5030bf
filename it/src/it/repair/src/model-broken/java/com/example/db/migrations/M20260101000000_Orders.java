package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000000", message = "orders")
public class M20260101000000_Orders implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("orders").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("orders");
  }
}
