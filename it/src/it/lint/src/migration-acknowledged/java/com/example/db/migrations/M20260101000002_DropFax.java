package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.lint.Acknowledge;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000002", parent = "20260101000001", message = "drop fax")
@Acknowledge(rule = "JM102", on = "Customer.fax", reason = "no release reads fax since 2.3")
public final class M20260101000002_DropFax implements Migration {
    @Override
    public void up(Operations op) {
        op.dropColumn("Customer", "fax");
    }

    @Override
    public void down(Operations op) {
        op.addColumn("Customer", column("fax", varchar(30)));
    }
}
