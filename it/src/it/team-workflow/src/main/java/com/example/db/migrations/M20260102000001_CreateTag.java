package com.example.db.migrations;

import static org.jpamigrations.migration.Dsl.*;

import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;

/** Written on another branch after 20260101000000, at the same time. */
@Revision(id = "20260102000001", parent = "20260101000000", message = "create tag")
public final class M20260102000001_CreateTag implements Migration {
    @Override
    public void up(Operations op) {
        op.createTable(table("Tag")
                .column(column("id", bigint()).notNull())
                .column(column("label", varchar(40)).notNull())
                .withPrimaryKey("id"));
    }

    @Override
    public void down(Operations op) {
        op.dropTable("Tag");
    }
}
