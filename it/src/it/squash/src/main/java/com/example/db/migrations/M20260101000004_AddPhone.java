package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000004", parent = "20260101000003", message = "add phone")
public final class M20260101000004_AddPhone implements Migration {
    @Override
    public void up(Operations op) {
        op.addColumn("Customer", column("phone", varchar(30)));
    }

    @Override
    public void down(Operations op) {
        op.dropColumn("Customer", "phone");
    }
}
