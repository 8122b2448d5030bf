package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000000", message = "audit table")
public class M20260101000000_Audit implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("audit").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("audit");
  }
}
