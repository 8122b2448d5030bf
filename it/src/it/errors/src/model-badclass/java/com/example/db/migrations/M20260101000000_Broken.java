package com.example.db.migrations;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000000", message = "cannot be created")
public class M20260101000000_Broken implements Migration {
  public M20260101000000_Broken() {
    throw new IllegalStateException("settings file missing");
  }

  @Override
  public void up(Operations op) {}

  @Override
  public void down(Operations op) {}
}
