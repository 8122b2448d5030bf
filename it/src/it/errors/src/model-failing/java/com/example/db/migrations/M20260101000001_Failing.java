package com.example.db.migrations;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000001", parent = "20260101000000", message = "fails on its third statement")
public class M20260101000001_Failing implements Migration {
  @Override
  public void up(Operations op) {
    op.sql("insert into audit values (1)");
    op.sql("insert into audit values (2)");
    op.sql("insert into no_such_table values (1)");
  }

  @Override
  public void down(Operations op) {
    op.sql("delete from audit");
  }
}
