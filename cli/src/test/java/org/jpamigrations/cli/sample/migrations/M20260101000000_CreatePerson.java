package org.jpamigrations.cli.sample.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** The sample application's first migration, which the tests apply through the CLI. */
@Revision(id = "20260101000000", message = "create person")
public final class M20260101000000_CreatePerson implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("Person")
        .column(column("id", bigint()).notNull())
        .column(column("name", varchar(120)).notNull())
        .withPrimaryKey("id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("Person");
  }
}
