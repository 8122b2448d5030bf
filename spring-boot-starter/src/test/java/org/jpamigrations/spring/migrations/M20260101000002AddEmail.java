package org.jpamigrations.spring.migrations;

import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.varchar;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000002", parent = "20260101000001", message = "add email")
public class M20260101000002AddEmail implements Migration {

  @Override
  public void up(Operations op) {
    op.addColumn("customer", column("email", varchar(200)));
  }

  @Override
  public void down(Operations op) {
    op.dropColumn("customer", "email");
  }
}
