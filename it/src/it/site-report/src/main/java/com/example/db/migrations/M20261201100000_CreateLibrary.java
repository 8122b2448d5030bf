package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20261201100000", message = "create library")
public final class M20261201100000_CreateLibrary implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("shelf")
        .column(column("id", bigint()).notNull())
        .column(column("label", varchar(40)).notNull())
        .withPrimaryKey("id"));
    op.createTable(table("volume")
        .column(column("id", bigint()).notNull())
        .column(column("shelf_id", bigint()))
        .column(column("title", varchar(200)).notNull())
        .column(column("barcode", varchar(40)))
        .column(column("price", numeric(10, 2)))
        .withPrimaryKey("id"));
    op.addForeignKey("volume", foreignKey("fk_volume_shelf", "shelf_id").references("shelf", "id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("volume");
    op.dropTable("shelf");
  }
}
