package org.jpamigrations.spring.migrations;

import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000001", message = "create customer")
public class M20260101000001CreateCustomer implements Migration {

  @Override
  public void up(Operations op) {
    op.createTable(table("customer")
        .column(column("id", bigint()).notNull())
        .column(column("name", varchar(100)))
        .withPrimaryKey("id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("customer");
  }
}
