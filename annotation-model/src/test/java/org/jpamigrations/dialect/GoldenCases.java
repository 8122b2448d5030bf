package org.jpamigrations.dialect;

import java.sql.Types;
import java.util.List;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterSequence;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/** The operations whose SQL the golden files hold, each with the schema it applies to. */
final class GoldenCases {

  record Case(String name, Operation operation, Schema before) {}

  static final ColumnType BIGINT = ColumnType.of(Types.BIGINT);
  static final ColumnType INTEGER = ColumnType.of(Types.INTEGER);
  static final ColumnType BOOLEAN = ColumnType.of(Types.BOOLEAN);
  static final ColumnType TIMESTAMP = ColumnType.of(Types.TIMESTAMP).precision(6);
  static final ColumnType MONEY = ColumnType.of(Types.NUMERIC).precision(38).scale(2);

  static ColumnType varchar(long length) {
    return ColumnType.of(Types.VARCHAR).length(length);
  }

  static final Table CUSTOMER = Table.named("customer")
      .column(Column.of("id", BIGINT).notNull().withIdentity())
      .column(Column.of("name", varchar(100)).notNull())
      .column(Column.of("email", varchar(255)))
      .column(Column.of("balance", MONEY))
      .column(Column.of("created_at", TIMESTAMP))
      .column(Column.of("status", varchar(20)).notNull().withDefault("'NEW'").withComment("Lifecycle state"))
      .column(Column.of("`order`", INTEGER))
      .withPrimaryKey("id")
      .withUnique("uk_customer_email", "email")
      .withComment("People who buy");

  static final Table PURCHASE = Table.named("purchase")
      .column(Column.of("id", BIGINT).notNull())
      .column(Column.of("customer_id", BIGINT).notNull())
      .column(Column.of("code", varchar(30)).notNull())
      .column(Column.of("note", varchar(255)))
      .withPrimaryKey("id")
      .withUnique("uk_purchase_code", "code");

  static final ForeignKey PURCHASE_CUSTOMER =
      ForeignKey.named("fk_purchase_customer", "customer_id").references("customer", "id");

  static final Table AUDIT = Table.named("app.audit")
      .column(Column.of("id", BIGINT).notNull())
      .column(Column.of("at", TIMESTAMP).notNull())
      .withPrimaryKey("id");

  static final Schema SCHEMA = Schema.EMPTY
      .withTable(CUSTOMER)
      .withTable(PURCHASE
          .withForeignKey(PURCHASE_CUSTOMER)
          .withIndex(Index.of("idx_purchase_note", "note"))
          .withUnique("uk_purchase_note", "note"))
      .withTable(AUDIT.withIndex(Index.of("idx_audit_at", "at")))
      .withSequence(Sequence.of("purchase_seq").startWith(5).incrementBy(10));

  static final Schema WITHOUT_PURCHASE_KEY = SCHEMA.replaceTable("purchase", t -> t.withPrimaryKey((PrimaryKey) null));

  static Column customerColumn(String name) {
    return CUSTOMER.findColumn(name).orElseThrow();
  }

  static final ColumnType STATE = varchar(20).enumOf("OPEN", "CLOSED");
  static final ColumnType STATE_PLUS = varchar(20).enumOf("OPEN", "CLOSED", "REOPENED");
  static final ColumnType PRIORITY = ColumnType.of(Types.TINYINT).enumOf("LOW", "HIGH");

  static final Schema TICKETS = Schema.EMPTY.withTable(Table.named("ticket")
      .column(Column.of("id", BIGINT).notNull())
      .column(Column.of("state", STATE).notNull())
      .column(Column.of("priority", PRIORITY))
      .withPrimaryKey("id"));

  static final List<Case> ALL = List.of(
      new Case("create schema", new CreateSchema("sales"), SCHEMA),
      new Case("create quoted schema", new CreateSchema("`Sales`"), SCHEMA),
      new Case("drop schema", new DropSchema("sales"), SCHEMA.withNamespace("sales")),
      new Case("create table with identity, default, comment, quoted column and nullable unique",
          new CreateTable(CUSTOMER), Schema.EMPTY),
      new Case("create table with not-null unique", new CreateTable(PURCHASE), Schema.EMPTY.withTable(CUSTOMER)),
      new Case("create quoted table with named primary key in a schema",
          new CreateTable(Table.named("app.`user`")
              .column(Column.of("id", INTEGER).notNull())
              .column(Column.of("active", BOOLEAN).notNull())
              .column(Column.of("sort_order", INTEGER).notNull().withDefault("0"))
              .withPrimaryKey(new PrimaryKey("pk_user", List.of("id")))),
          Schema.EMPTY),
      new Case("drop table", new DropTable("app.audit"), SCHEMA),
      new Case("rename table", new RenameTable("customer", "client"), SCHEMA),
      new Case("rename table in a schema", new RenameTable("app.audit", "app.audit_log"), SCHEMA),
      new Case("alter sequence", new AlterSequence(Sequence.of("app.audit_seq").startWith(100).incrementBy(1)),
          SCHEMA.withSequence(Sequence.of("app.audit_seq").incrementBy(50))),
      new Case("comment on table", new CommentOnTable("customer", "Buyers, old and new"), SCHEMA),
      new Case("remove table comment", new CommentOnTable("customer", null), SCHEMA),
      new Case("add not-null column with default",
          new AddColumn("customer", Column.of("visits", INTEGER).notNull().withDefault("0")), SCHEMA),
      new Case("add generated column",
          new AddColumn("customer", Column.of("shout", varchar(100)).withGeneratedAs("upper(name)")), SCHEMA),
      new Case("add not-null generated column",
          new AddColumn("customer", Column.of("due", MONEY).notNull().withGeneratedAs("balance * 2")), SCHEMA),
      new Case("add column with comment",
          new AddColumn("customer", Column.of("nickname", varchar(50)).withComment("Shown to friends")), SCHEMA),
      new Case("drop column", new DropColumn("customer", "balance"), SCHEMA),
      new Case("drop column with default", new DropColumn("customer", "status"), SCHEMA),
      new Case("alter column type",
          new AlterColumn("customer", customerColumn("name").withType(varchar(200))), SCHEMA),
      new Case("alter column to not null", new AlterColumn("customer", customerColumn("email").notNull()), SCHEMA),
      new Case("alter column to not null online",
          new AlterColumn("customer", customerColumn("email").notNull(), true), SCHEMA),
      new Case("alter column to nullable",
          new AlterColumn("customer", customerColumn("name").withNullable(true)), SCHEMA),
      new Case("alter column set default",
          new AlterColumn("customer", customerColumn("balance").withDefault("0")), SCHEMA),
      new Case("alter column change default",
          new AlterColumn("customer", customerColumn("status").withDefault("'ACTIVE'")), SCHEMA),
      new Case("alter column drop default",
          new AlterColumn("customer", customerColumn("status").withDefault(null)), SCHEMA),
      new Case("alter column type, nullability and default",
          new AlterColumn("customer", customerColumn("balance").withType(ColumnType.of(Types.NUMERIC).precision(19).scale(4))
              .notNull().withDefault("0")), SCHEMA),
      new Case("alter column to another kind of type",
          new AlterColumn("customer", customerColumn("`order`").withType(varchar(12))), SCHEMA),
      new Case("alter column type of a column with a default",
          new AlterColumn("customer", customerColumn("status").withType(varchar(40))), SCHEMA),
      new Case("alter column comment",
          new AlterColumn("customer", customerColumn("status").withComment("Where the customer is")), SCHEMA),
      new Case("alter column remove comment",
          new AlterColumn("customer", customerColumn("status").withComment(null)), SCHEMA),
      new Case("alter column without change", new AlterColumn("customer", customerColumn("name")), SCHEMA),
      new Case("rename column", new RenameColumn("customer", "email", "mail"), SCHEMA),
      new Case("rename quoted column", new RenameColumn("customer", "`order`", "`rank`"), SCHEMA),
      new Case("add foreign key",
          new AddForeignKey("purchase", PURCHASE_CUSTOMER),
          Schema.EMPTY.withTable(CUSTOMER).withTable(PURCHASE)),
      new Case("add foreign key on delete cascade",
          new AddForeignKey("purchase", PURCHASE_CUSTOMER.onDelete(ReferentialAction.CASCADE)),
          Schema.EMPTY.withTable(CUSTOMER).withTable(PURCHASE)),
      new Case("add foreign key on delete set null",
          new AddForeignKey("purchase", PURCHASE_CUSTOMER.onDelete(ReferentialAction.SET_NULL)),
          Schema.EMPTY.withTable(CUSTOMER).withTable(PURCHASE)),
      new Case("add foreign key on delete restrict",
          new AddForeignKey("purchase", PURCHASE_CUSTOMER.onDelete(ReferentialAction.RESTRICT)),
          Schema.EMPTY.withTable(CUSTOMER).withTable(PURCHASE)),
      new Case("add foreign key with its own definition",
          new AddForeignKey("purchase", PURCHASE_CUSTOMER
              .definedAs("foreign key (customer_id) references customer (id) on update cascade")),
          Schema.EMPTY.withTable(CUSTOMER).withTable(PURCHASE)),
      new Case("drop foreign key", new DropForeignKey("purchase", "fk_purchase_customer"), SCHEMA),
      new Case("add unique constraint on nullable column",
          new AddUniqueConstraint("purchase", new UniqueConstraint("uk_purchase_note2", List.of("note"))), SCHEMA),
      new Case("add unique constraint on not-null columns",
          new AddUniqueConstraint("purchase", new UniqueConstraint("uk_purchase_customer_code",
              List.of("customer_id", "code"))), SCHEMA),
      new Case("drop unique constraint on nullable column", new DropUniqueConstraint("purchase", "uk_purchase_note"), SCHEMA),
      new Case("drop unique constraint on not-null column", new DropUniqueConstraint("purchase", "uk_purchase_code"), SCHEMA),
      new Case("add primary key",
          new AddPrimaryKey("purchase", new PrimaryKey(null, List.of("id"))), WITHOUT_PURCHASE_KEY),
      new Case("add named composite primary key",
          new AddPrimaryKey("purchase", new PrimaryKey("pk_purchase", List.of("customer_id", "code"))),
          WITHOUT_PURCHASE_KEY),
      new Case("drop primary key", new DropPrimaryKey("purchase"), SCHEMA),
      new Case("drop named primary key", new DropPrimaryKey("purchase"),
          SCHEMA.replaceTable("purchase", t -> t.withPrimaryKey(new PrimaryKey("pk_purchase", List.of("id"))))),
      new Case("drop primary key in a schema", new DropPrimaryKey("app.audit"), SCHEMA),
      new Case("create table with named and generated-name check constraints",
          new CreateTable(Table.named("stock")
              .column(Column.of("id", BIGINT).notNull())
              .column(Column.of("quantity", INTEGER).notNull())
              .column(Column.of("state", varchar(10)))
              .withPrimaryKey("id")
              .withCheck("ck_stock_quantity", "quantity >= 0")
              .withCheck(CheckConstraint.named("stock", "state in ('NEW','SOLD')"))),
          Schema.EMPTY),
      new Case("add check constraint",
          new AddCheckConstraint("customer", new CheckConstraint("ck_customer_balance", "balance >= 0")), SCHEMA),
      new Case("drop check constraint", new DropCheckConstraint("customer", "ck_customer_status"),
          SCHEMA.replaceTable("customer", t -> t.withCheck("ck_customer_status", "status <> ''"))),
      new Case("create index", new CreateIndex("purchase", Index.of("idx_purchase_customer", "customer_id", "code")), SCHEMA),
      new Case("create index online",
          new CreateIndex("purchase", Index.of("idx_purchase_customer", "customer_id", "code"), true), SCHEMA),
      new Case("create unique index online",
          new CreateIndex("purchase", Index.of("idx_purchase_note_u", "note").asUnique(), true), SCHEMA),
      new Case("add foreign key online", new AddForeignKey("purchase", PURCHASE_CUSTOMER, true),
          Schema.EMPTY.withTable(CUSTOMER).withTable(PURCHASE)),
      new Case("add check constraint online", new AddCheckConstraint("customer",
          new CheckConstraint("ck_customer_balance", "balance >= 0"), true), SCHEMA),
      new Case("create unique index", new CreateIndex("purchase", Index.of("idx_purchase_note_u", "note").asUnique()), SCHEMA),
      new Case("create index in a schema", new CreateIndex("app.audit", Index.of("idx_audit_id_at", "id", "at")), SCHEMA),
      new Case("create index with a descending column",
          new CreateIndex("purchase", Index.of("idx_purchase_recent", "customer_id", "id").descending("id")), SCHEMA),
      new Case("drop index", new DropIndex("purchase", "idx_purchase_note"), SCHEMA),
      new Case("drop index online", new DropIndex("purchase", "idx_purchase_note", true), SCHEMA),
      new Case("drop the only index that serves a foreign key", new DropIndex("purchase", "idx_purchase_customer_note"),
          SCHEMA.replaceTable("purchase", t -> t.withIndex(Index.of("idx_purchase_customer_note", "customer_id", "note")))),
      new Case("drop index in a schema", new DropIndex("app.audit", "idx_audit_at"), SCHEMA),
      new Case("create sequence", new CreateSequence(Sequence.of("invoice_seq").startWith(5).incrementBy(10)), SCHEMA),
      new Case("drop sequence", new DropSequence("purchase_seq"), SCHEMA),
      new Case("create table with enums by name and by ordinal",
          new CreateTable(Table.named("ticket")
              .column(Column.of("id", BIGINT).notNull())
              .column(Column.of("state", STATE).notNull())
              .column(Column.of("priority", PRIORITY))
              .column(Column.of("grade", ColumnType.of(Types.CHAR).length(1).enumOf("A", "B")))
              .withPrimaryKey("id")),
          Schema.EMPTY),
      new Case("add enum column", new AddColumn("customer", Column.of("state", STATE)), SCHEMA),
      new Case("add a constant to an enum", new AlterColumn("ticket", Column.of("state", STATE_PLUS).notNull()), TICKETS),
      new Case("enum column becomes plain text", new AlterColumn("ticket", Column.of("state", varchar(20)).notNull()),
          TICKETS),
      new Case("drop enum column", new DropColumn("ticket", "priority"), TICKETS),
      new Case("rename enum column", new RenameColumn("ticket", "state", "status"), TICKETS),
      new Case("rename table with an enum column", new RenameTable("ticket", "issue"), TICKETS),
      new Case("execute sql", new ExecuteSql("update customer set status = 'OLD' where balance < 0"), SCHEMA),
      new Case("execute jdbc", new ExecuteJdbc("nothing", connection -> { }), SCHEMA));

  private GoldenCases() {}
}
