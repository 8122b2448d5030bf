package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20261202100000", parent = "20261201100000", message = "add loans")
public final class M20261202100000_AddLoans implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("loan")
        .column(column("id", bigint()).notNull())
        .column(column("volume_id", bigint()).notNull())
        .column(column("due", date()).notNull())
        .withPrimaryKey("id"));
    op.addForeignKey("loan", foreignKey("fk_loan_volume", "volume_id").references("volume", "id"));
    // DESTRUCTIVE: drop column volume.barcode loses its data
    op.dropColumn("volume", "barcode");
  }

  @Override
  public void down(Operations op) {
    op.addColumn("volume", column("barcode", varchar(40)));
    op.dropTable("loan");
  }
}
