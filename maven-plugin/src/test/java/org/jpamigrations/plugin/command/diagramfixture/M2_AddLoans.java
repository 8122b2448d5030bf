package org.jpamigrations.plugin.command.diagramfixture;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.table;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** Adds a table and drops a column, so that its picture has both colours and a destructive step. */
@Revision(id = "2", parent = "1", message = "add loans")
public final class M2_AddLoans implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("loan")
        .column(column("id", bigint()).notNull())
        .column(column("volume_id", bigint()).notNull())
        .withPrimaryKey("id"));
    op.addForeignKey("loan", foreignKey("fk_loan_volume", "volume_id").references("volume", "id"));
    op.dropColumn("volume", "barcode");
  }

  @Override
  public void down(Operations op) {}
}
