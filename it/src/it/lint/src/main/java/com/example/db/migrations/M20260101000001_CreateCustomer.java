package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

@Revision(id = "20260101000001", message = "create customer")
public final class M20260101000001_CreateCustomer implements Migration {
    @Override
    public void up(Operations op) {
        op.createTable(table("Customer")
                .column(column("id", bigint()).notNull())
                .column(column("name", varchar(100)).notNull())
                .column(column("email", varchar(200)))
                .column(column("fax", varchar(30)))
                .withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
        op.dropTable("Customer");
    }
}
