package org.jpamigrations.plugin.command.diagramfixture;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** The first of two migrations that DiagramCommandTest draws. */
@Revision(id = "1", message = "create library")
public final class M1_CreateLibrary implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("shelf").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
    op.createTable(table("volume")
        .column(column("id", bigint()).notNull())
        .column(column("shelf_id", bigint()))
        .column(column("barcode", varchar(40)))
        .withPrimaryKey("id"));
    op.addForeignKey("volume", foreignKey("fk_volume_shelf", "shelf_id").references("shelf", "id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("volume");
    op.dropTable("shelf");
  }
}
