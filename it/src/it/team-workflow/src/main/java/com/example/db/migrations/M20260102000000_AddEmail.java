package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** Written on one branch after 20260101000000. */
@Revision(id = "20260102000000", parent = "20260101000000", message = "add email")
public final class M20260102000000_AddEmail implements Migration {
    @Override
    public void up(Operations op) {
        op.addColumn("Customer", column("email", varchar(200)));
    }

    @Override
    public void down(Operations op) {
        op.dropColumn("Customer", "email");
    }
}
