package org.jpamigrations.cli.sample.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** The sample application's second migration. */
@Revision(id = "20260102000000", parent = "20260101000000", message = "add email")
public final class M20260102000000_AddEmail implements Migration {
  @Override
  public void up(Operations op) {
    op.addColumn("Person", column("email", varchar(255)));
  }

  @Override
  public void down(Operations op) {
    op.dropColumn("Person", "email");
  }
}
