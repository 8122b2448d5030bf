package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000000", message = "create item", created = "2026-01-01T00:00:00Z")
public final class M20260101000000_CreateItem implements Migration {

  @Override
  public void up(Operations op) {
    op.createTable(table("Item")
        .column(column("id", bigint()).notNull())
        .column(column("name", varchar(255)))
        .withPrimaryKey("id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("Item");
  }
}
