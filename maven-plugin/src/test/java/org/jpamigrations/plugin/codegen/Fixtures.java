package org.jpamigrations.plugin.codegen;

import static org.jpamigrations.migration.Dsl.*;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.operation.Operation;

/** Migrations the generator tests write: the same ones for the golden files and the round trip. */
final class Fixtures {

  static final String PACKAGE = "com.example.shop.migrations";
  static final Instant CREATED = Instant.parse("2026-11-25T10:15:00Z");

  private Fixtures() {}

  /** The first migration: two tables that reference each other, a sequence, a unique key, an index. */
  static MigrationSource createTables() {
    Operations op = new Operations();
    op.createTable(table("customer")
        .column(column("id", bigint()).notNull().withIdentity())
        .column(column("name", varchar(255)).notNull())
        .column(column("email", varchar(320)))
        .column(column("favourite_order_id", bigint()))
        .withPrimaryKey("id")
        .withUnique("UK_customer_email", "email"));
    op.createTable(table("purchase_order")
        .column(column("id", bigint()).notNull())
        .column(column("customer_id", bigint()).notNull())
        .column(column("total", numeric(38, 2)).notNull().withDefault("0"))
        .column(column("created_at", timestamp(6)))
        .column(column("`comment`", varchar(1000)).withComment("free text from the customer"))
        .withPrimaryKey("id"));
    op.createSequence(sequence("purchase_order_SEQ").startWith(1).incrementBy(50));
    op.addForeignKey("purchase_order",
        foreignKey("FK_purchase_order_customer", "customer_id").references("customer", "id"));
    op.addForeignKey("customer", foreignKey("FK_customer_favourite_order", "favourite_order_id")
        .references("purchase_order", "id").onDelete(ReferentialAction.SET_NULL));
    op.createIndex("purchase_order", index("IX_purchase_order_created", "created_at"));
    return new MigrationSource(PACKAGE, "20261125101500", List.of(), "create shop tables", CREATED,
        Schema.EMPTY, op.recorded());
  }

  /** Adds, drops, alters and renames columns on the schema the first migration leaves; ends with SQL. */
  static MigrationSource alterColumns() {
    Operations op = new Operations();
    op.addColumn("purchase_order", column("shipped_at", timestampWithTimeZone(6)));
    op.addColumn("purchase_order", column("notes", type(Types.LONGVARCHAR).length(4000)));
    op.addColumn("customer", column("last_ip", type(SqlTypeCodes.INET)));
    op.addColumn("customer", column("preferences", json().definedAs("jsonb")).notNull().withDefault("'{}'"));
    op.dropColumn("purchase_order", "`comment`");
    op.alterColumn("customer", column("name", varchar(100)).notNull());
    op.alterColumn("customer", column("email", varchar(500)));
    op.renameColumn("purchase_order", "created_at", "placed_at");
    op.sql("UPDATE purchase_order SET shipped_at = placed_at WHERE shipped_at IS NULL");
    return new MigrationSource(PACKAGE, "20261126090000", List.of("20261125101500"), "change orders", CREATED,
        schemaAfter(createTables()), op.recorded());
  }

  /** A migration for changes written by hand. */
  static MigrationSource empty() {
    return new MigrationSource(PACKAGE, "20261126093000", List.of("20261126090000"), "backfill order status",
        CREATED, schemaAfter(createTables()), List.of());
  }

  /** A merge of two heads that also drops an index. */
  static MigrationSource merge() {
    Operations op = new Operations();
    op.dropIndex("purchase_order", "IX_purchase_order_created");
    return new MigrationSource(PACKAGE, "20261127120000", List.of("20261126090000", "20261126100000"),
        "merge heads", CREATED, schemaAfter(createTables()), op.recorded());
  }

  /** Every kind of operation and type the renderer knows, for the round trip. */
  static MigrationSource everything() {
    Operations op = new Operations();
    op.createTable(table("`all types`")
        .column(column("id", bigint()).notNull())
        .column(column("c_bool", bool()))
        .column(column("c_bit", bit()))
        .column(column("c_tinyint", tinyint()))
        .column(column("c_smallint", smallint()))
        .column(column("c_integer", integer()).withDefault("42").withComment("the answer"))
        .column(column("c_real", real()))
        .column(column("c_float", float_(24)))
        .column(column("c_double", doublePrecision()))
        .column(column("c_numeric", numeric(10, 0)))
        .column(column("c_decimal", decimal(12, 4)))
        .column(column("c_numeric_precision", type(Types.NUMERIC).precision(7)))
        .column(column("c_char", character(3)))
        .column(column("c_varchar", varchar(40)))
        .column(column("c_nvarchar", nvarchar(50)))
        .column(column("c_clob", clob()))
        .column(column("c_huge", type(Types.CLOB).length(5_000_000_000L)))
        .column(column("c_binary", binary(16)))
        .column(column("c_varbinary", varbinary(255)))
        .column(column("c_blob", blob()))
        .column(column("c_date", date()))
        .column(column("c_time", time(0)))
        .column(column("c_timestamp", timestamp(3)))
        .column(column("c_timestamp_tz", timestampWithTimeZone(9)))
        .column(column("c_uuid", uuid()))
        .column(column("c_json", json()))
        .column(column("c_geometry", type(SqlTypeCodes.GEOMETRY)))
        .column(column("c_odd", type(9999).length(1).precision(2).scale(3)))
        .column(column("c_text", varchar(255).definedAs("text")))
        .withPrimaryKey(new PrimaryKey("PK_all_types", List.of("id")))
        .withCheck("CK_all_types_integer", "c_integer > 0")
        .withComment("one column per type"));
    op.createSchema("app");
    op.createTable(table("app.child").column(column("id", integer()).notNull()).column(column("parent_id", bigint())));
    op.addPrimaryKey("app.child", "id");
    op.addForeignKey("app.child",
        foreignKey("FK_child_parent", "parent_id").references("`all types`", "id").onDelete(ReferentialAction.CASCADE));
    op.createIndex("app.child", index("UX_child_parent", "parent_id", "id").asUnique());
    op.addUniqueConstraint("app.child", "UK_child", "id", "parent_id");
    op.dropUniqueConstraint("app.child", "UK_child");
    op.addCheckConstraint("app.child", "CK_child_id", "id <> parent_id");
    op.dropCheckConstraint("app.child", "CK_child_id");
    op.addColumn("app.child", column("twice", integer()).withGeneratedAs("id * 2"));
    op.commentOnTable("app.child", "children's rows");
    op.commentOnTable("app.child", null);
    op.renameTable("app.child", "app.kid");
    op.dropForeignKey("app.kid", "FK_child_parent");
    op.createSequence(sequence("big_seq").startWith(10_000_000_000L).incrementBy(1));
    op.alterSequence(sequence("big_seq").startWith(1).incrementBy(50));
    op.dropSequence("big_seq");
    op.dropPrimaryKey("app.kid");
    op.dropTable("app.kid");
    op.dropSchema("app");
    return new MigrationSource(PACKAGE, "20261128000000", List.of(), "everything", CREATED, Schema.EMPTY,
        op.recorded());
  }

  /** Renames, and a NOT NULL column whose existing rows need a value: warnings open up(). */
  static MigrationSource renames() {
    Operations op = new Operations();
    op.renameTable("customer", "client");
    op.renameColumn("client", "email", "mail");
    op.addColumn("purchase_order", column("quantity", integer()));
    op.fillNulls("purchase_order", "quantity", "/* TODO: value for existing rows */ null");
    op.alterColumn("purchase_order", column("quantity", integer()).notNull());
    List<String> warnings = List.of(
        "Column purchase_order.quantity is NOT NULL and has no default: it is added nullable, then made NOT NULL;"
            + " replace /* TODO: value for existing rows */ in the fillNulls between them with the value for"
            + " existing rows, or map a default (@ColumnDefault) and generate again.",
        "Column client.name is dropped and client.full_name added: if this is a rename, mark the field"
            + " @RenamedFrom(\"name\") and generate again, or the data of name is lost.");
    return new MigrationSource(PACKAGE, "20261129000000", List.of("20261125101500"), "rename customer", CREATED,
        schemaAfter(createTables()), op.recorded(), warnings);
  }

  static Schema schemaAfter(MigrationSource source) {
    Schema schema = source.before();
    for (Operation operation : source.operations()) {
      schema = operation.apply(schema);
    }
    return schema;
  }
}
