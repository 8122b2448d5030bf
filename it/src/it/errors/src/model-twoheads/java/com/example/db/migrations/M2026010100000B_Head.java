package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "2026010100000B", parent = "20260101000000", message = "head B")
public class M2026010100000B_Head implements Migration {
  @Override
  public void up(Operations op) {
    op.createTable(table("t_B").column(column("id", bigint()).notNull()).withPrimaryKey("id"));
  }

  @Override
  public void down(Operations op) {
    op.dropTable("t_B");
  }
}
