package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.AlterSequence;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaDifferTest {

  private static final ColumnType BIGINT = ColumnType.of(Types.BIGINT);
  private static final ColumnType INTEGER = ColumnType.of(Types.INTEGER);
  private static final ColumnType VARCHAR_100 = ColumnType.of(Types.VARCHAR).length(100);
  private static final ColumnType VARCHAR_255 = ColumnType.of(Types.VARCHAR).length(255);
  private static final ColumnType NUMERIC_10_2 = ColumnType.of(Types.NUMERIC).precision(10).scale(2);

  private static final Column ID = Column.of("id", BIGINT).notNull();
  private static final Column EMAIL = Column.of("email", VARCHAR_255);
  private static final Column NAME = Column.of("name", VARCHAR_100);
  private static final Column USER_ID = Column.of("user_id", BIGINT);
  private static final Column TOTAL = Column.of("total", NUMERIC_10_2);

  private static final Table USERS = table("users", EMAIL, NAME);
  private static final Table ORDERS = table("orders", USER_ID, TOTAL);
  private static final Table ACCOUNTS = table("accounts");
  private static final ForeignKey ORDERS_USER = ForeignKey.named("fk_orders_user", "user_id").references("users", "id");
  private static final Index ORDERS_USER_IDX = Index.of("idx_orders_user", "user_id");
  private static final UniqueConstraint USERS_EMAIL_UK = new UniqueConstraint("uk_users_email", List.of("email"));

  private final SchemaDiffer differ = new SchemaDiffer();

  /**
   * A case: the operations from {@code before} to {@code after}; folding them over {@code before}
   * gives {@code result} ({@code after} unless the two differ only where the diff sees no change).
   */
  record Case(String name, Schema before, Schema after, List<Operation> expected, Schema result) {
    Case folding(Schema result) {
      return new Case(name, before, after, expected, result);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case change(String name, Schema before, Schema after, Operation... expected) {
    return new Case(name, before, after, List.of(expected), after);
  }

  static Stream<Case> cases() {
    Table a = table("a", Column.of("b_id", BIGINT))
        .withForeignKey(ForeignKey.named("fk_a_b", "b_id").references("b", "id"));
    Table b = table("b", Column.of("a_id", BIGINT))
        .withForeignKey(ForeignKey.named("fk_b_a", "a_id").references("a", "id"));
    Table ordersLinked = ORDERS.withForeignKey(ORDERS_USER).withIndex(ORDERS_USER_IDX);
    Table usersCoded = USERS.column(Column.of("code", VARCHAR_100).notNull()).withUnique("uk_users_code", "code");
    ForeignKey byCode = ForeignKey.named("fk_orders_user_code", "user_code").references("users", "code");
    Table ordersByCode = ORDERS.column(Column.of("user_code", VARCHAR_100)).withForeignKey(byCode);

    return Stream.of(
        change("no change", schema(USERS, ordersLinked).withSequence(Sequence.of("seq")),
            schema(USERS, ordersLinked).withSequence(Sequence.of("seq"))),
        change("empty to tables with a foreign key cycle", Schema.EMPTY, schema(a, b),
            new CreateTable(a.withoutForeignKeysAndIndexes()),
            new CreateTable(b.withoutForeignKeysAndIndexes()),
            new AddForeignKey("a", a.foreignKeys().get(0)),
            new AddForeignKey("b", b.foreignKeys().get(0))),
        change("tables of a foreign key cycle dropped", schema(a, b), Schema.EMPTY,
            new DropForeignKey("a", "fk_a_b"),
            new DropForeignKey("b", "fk_b_a"),
            new DropTable("a"),
            new DropTable("b")),
        change("add table that references an existing one", schema(USERS), schema(USERS, ordersLinked),
            new CreateTable(ORDERS),
            new CreateIndex("orders", ORDERS_USER_IDX),
            new AddForeignKey("orders", ORDERS_USER)),
        change("add table that an existing table now references", schema(ORDERS),
            schema(USERS, ORDERS.withForeignKey(ORDERS_USER)),
            new CreateTable(USERS),
            new AddForeignKey("orders", ORDERS_USER)),
        change("new table keeps its unique constraints inside create table", schema(),
            schema(USERS.withUnique(USERS_EMAIL_UK)),
            new CreateTable(USERS.withUnique(USERS_EMAIL_UK))),
        change("drop table that another table references", schema(USERS, ordersLinked),
            schema(ORDERS.withIndex(ORDERS_USER_IDX)),
            new DropForeignKey("orders", "fk_orders_user"),
            new DropTable("users")),
        change("drop a referencing and a referenced table", schema(USERS, ordersLinked, ACCOUNTS), schema(ACCOUNTS),
            new DropForeignKey("orders", "fk_orders_user"),
            new DropIndex("orders", "idx_orders_user"),
            new DropTable("orders"),
            new DropTable("users")),
        change("drop table with a unique constraint and a self reference",
            schema(USERS.withUnique(USERS_EMAIL_UK).column(Column.of("boss_id", BIGINT))
                .withForeignKey(ForeignKey.named("fk_users_boss", "boss_id").references("users", "id"))),
            schema(),
            new DropForeignKey("users", "fk_users_boss"),
            new DropUniqueConstraint("users", "uk_users_email"),
            new DropTable("users")),
        change("add column", schema(USERS), schema(USERS.column(Column.of("age", INTEGER))),
            new AddColumn("users", Column.of("age", INTEGER))),
        change("add columns in name order, whatever their declaration order", schema(USERS, ORDERS),
            schema(USERS.column(Column.of("zip", INTEGER)).column(Column.of("age", INTEGER)),
                ORDERS.column(Column.of("note", VARCHAR_100))),
            new AddColumn("orders", Column.of("note", VARCHAR_100)),
            new AddColumn("users", Column.of("age", INTEGER)),
            new AddColumn("users", Column.of("zip", INTEGER))),
        change("drop column", schema(USERS), schema(table("users", EMAIL)),
            new DropColumn("users", "name")),
        change("drop column with its index and foreign key", schema(USERS, ordersLinked),
            schema(USERS, table("orders", TOTAL)),
            new DropForeignKey("orders", "fk_orders_user"),
            new DropIndex("orders", "idx_orders_user"),
            new DropColumn("orders", "user_id")),
        change("drop a referenced column", schema(usersCoded, ordersByCode), schema(USERS, ORDERS),
            new DropForeignKey("orders", "fk_orders_user_code"),
            new DropUniqueConstraint("users", "uk_users_code"),
            new DropColumn("orders", "user_code"),
            new DropColumn("users", "code")),
        change("column becomes not null, after its null values are filled in by hand", schema(USERS),
            schema(table("users", EMAIL.notNull(), NAME)),
            new FillNulls("users", "email", "/* TODO: value for existing rows */ null"),
            new AlterColumn("users", EMAIL.notNull())),
        change("column becomes nullable", schema(table("users", EMAIL.notNull(), NAME)), schema(USERS),
            new AlterColumn("users", EMAIL)),
        change("type code changes", schema(ORDERS), schema(table("orders", USER_ID, TOTAL.withType(
                ColumnType.of(Types.DOUBLE)))),
            new AlterColumn("orders", TOTAL.withType(ColumnType.of(Types.DOUBLE)))),
        change("length changes", schema(USERS), schema(table("users", EMAIL, NAME.withType(VARCHAR_255))),
            new AlterColumn("users", NAME.withType(VARCHAR_255))),
        change("precision changes", schema(ORDERS), schema(table("orders", USER_ID, TOTAL.withType(
                ColumnType.of(Types.NUMERIC).precision(12).scale(2)))),
            new AlterColumn("orders", TOTAL.withType(ColumnType.of(Types.NUMERIC).precision(12).scale(2)))),
        change("scale changes", schema(ORDERS), schema(table("orders", USER_ID, TOTAL.withType(
                ColumnType.of(Types.NUMERIC).precision(10).scale(4)))),
            new AlterColumn("orders", TOTAL.withType(ColumnType.of(Types.NUMERIC).precision(10).scale(4)))),
        change("definition changes", schema(USERS), schema(table("users", EMAIL, NAME.withType(
                VARCHAR_100.definedAs("varchar(100) collate nocase")))),
            new AlterColumn("users", NAME.withType(VARCHAR_100.definedAs("varchar(100) collate nocase")))),
        change("default and comment change", schema(USERS),
            schema(table("users", EMAIL.withDefault("'none'"), NAME.withComment("full name"))),
            new AlterColumn("users", EMAIL.withDefault("'none'")),
            new AlterColumn("users", NAME.withComment("full name"))),
        change("add foreign key", schema(USERS, ORDERS), schema(USERS, ORDERS.withForeignKey(ORDERS_USER)),
            new AddForeignKey("orders", ORDERS_USER)),
        change("drop foreign key", schema(USERS, ORDERS.withForeignKey(ORDERS_USER)), schema(USERS, ORDERS),
            new DropForeignKey("orders", "fk_orders_user")),
        change("foreign key target changes", schema(USERS, ACCOUNTS, ORDERS.withForeignKey(ORDERS_USER)),
            schema(USERS, ACCOUNTS, ORDERS.withForeignKey(
                ForeignKey.named("fk_orders_user", "user_id").references("accounts", "id"))),
            new DropForeignKey("orders", "fk_orders_user"),
            new AddForeignKey("orders", ForeignKey.named("fk_orders_user", "user_id").references("accounts", "id"))),
        change("foreign key on delete changes", schema(USERS, ORDERS.withForeignKey(ORDERS_USER)),
            schema(USERS, ORDERS.withForeignKey(ORDERS_USER.onDelete(ReferentialAction.CASCADE))),
            new DropForeignKey("orders", "fk_orders_user"),
            new AddForeignKey("orders", ORDERS_USER.onDelete(ReferentialAction.CASCADE))),
        change("foreign key column changes type", schema(USERS, ORDERS.withForeignKey(ORDERS_USER)),
            schema(USERS, table("orders", USER_ID.withType(INTEGER), TOTAL).withForeignKey(ORDERS_USER)),
            new DropForeignKey("orders", "fk_orders_user"),
            new AlterColumn("orders", USER_ID.withType(INTEGER)),
            new AddForeignKey("orders", ORDERS_USER)),
        change("referenced unique key is renamed", schema(usersCoded, ordersByCode),
            schema(USERS.column(Column.of("code", VARCHAR_100).notNull()).withUnique("uk_code", "code"), ordersByCode),
            new DropForeignKey("orders", "fk_orders_user_code"),
            new DropUniqueConstraint("users", "uk_users_code"),
            new AddUniqueConstraint("users", new UniqueConstraint("uk_code", List.of("code"))),
            new AddForeignKey("orders", byCode)),
        change("index under a foreign key is dropped", schema(USERS, ordersLinked),
            schema(USERS, ORDERS.withForeignKey(ORDERS_USER)),
            new DropForeignKey("orders", "fk_orders_user"),
            new DropIndex("orders", "idx_orders_user"),
            new AddForeignKey("orders", ORDERS_USER)),
        change("index that does not start with the foreign key columns is dropped alone",
            schema(USERS, ORDERS.withForeignKey(ORDERS_USER).withIndex(Index.of("idx_total", "total", "user_id"))),
            schema(USERS, ORDERS.withForeignKey(ORDERS_USER)),
            new DropIndex("orders", "idx_total")),
        change("add unique constraint", schema(USERS), schema(USERS.withUnique(USERS_EMAIL_UK)),
            new AddUniqueConstraint("users", USERS_EMAIL_UK)),
        change("drop unique constraint", schema(USERS.withUnique(USERS_EMAIL_UK)), schema(USERS),
            new DropUniqueConstraint("users", "uk_users_email")),
        change("unique constraint columns change", schema(USERS.withUnique(USERS_EMAIL_UK)),
            schema(USERS.withUnique("uk_users_email", "email", "name")),
            new DropUniqueConstraint("users", "uk_users_email"),
            new AddUniqueConstraint("users", new UniqueConstraint("uk_users_email", List.of("email", "name")))),
        change("add index", schema(USERS, ORDERS), schema(USERS, ORDERS.withIndex(ORDERS_USER_IDX)),
            new CreateIndex("orders", ORDERS_USER_IDX)),
        change("drop index", schema(USERS, ORDERS.withIndex(ORDERS_USER_IDX)), schema(USERS, ORDERS),
            new DropIndex("orders", "idx_orders_user")),
        change("index columns change", schema(ORDERS.withIndex(ORDERS_USER_IDX)),
            schema(ORDERS.withIndex(Index.of("idx_orders_user", "user_id", "total"))),
            new DropIndex("orders", "idx_orders_user"),
            new CreateIndex("orders", Index.of("idx_orders_user", "user_id", "total"))),
        change("index becomes unique", schema(ORDERS.withIndex(ORDERS_USER_IDX)),
            schema(ORDERS.withIndex(ORDERS_USER_IDX.asUnique())),
            new DropIndex("orders", "idx_orders_user"),
            new CreateIndex("orders", ORDERS_USER_IDX.asUnique())),
        change("add sequences", schema(USERS),
            schema(USERS).withSequence(Sequence.of("users_seq").incrementBy(50)).withSequence(Sequence.of("a_seq")),
            new CreateSequence(Sequence.of("a_seq")),
            new CreateSequence(Sequence.of("users_seq").incrementBy(50))),
        change("drop sequence after everything else", schema(USERS).withSequence(Sequence.of("users_seq")),
            schema(USERS.column(Column.of("age", INTEGER))),
            new AddColumn("users", Column.of("age", INTEGER)),
            new DropSequence("users_seq")),
        change("unquoted names match whatever their case",
            schema(table("USERS", EMAIL.withName("EMAIL")).withIndex(Index.of("IDX_EMAIL", "EMAIL")))
                .withSequence(Sequence.of("USERS_SEQ")),
            schema(table("users", EMAIL).withIndex(Index.of("idx_email", "email"))).withSequence(Sequence.of("users_seq"))),
        change("quoted names match exactly", schema(table("`Order`")), schema(table("`order`")),
            new DropTable("`Order`"),
            new CreateTable(table("`order`"))),
        change("quoted column names match exactly", schema(table("users", Column.of("`Email`", VARCHAR_255))),
            schema(table("users", Column.of("`email`", VARCHAR_255))),
            new DropColumn("users", "`Email`"),
            new AddColumn("users", Column.of("`email`", VARCHAR_255))),
        change("primary key gains a column, which becomes NOT NULL first", schema(USERS),
            schema(table("users", EMAIL.notNull(), NAME).withPrimaryKey("id", "email")),
            new DropPrimaryKey("users"),
            Backfill.of("users", "email", null),
            new AlterColumn("users", EMAIL.notNull()),
            new AddPrimaryKey("users", new PrimaryKey(null, List.of("id", "email")))),
        change("primary key loses a column, which is then dropped",
            schema(table("t", Column.of("k", INTEGER).notNull()).withPrimaryKey("id", "k")),
            schema(table("t")),
            new DropPrimaryKey("t"),
            new DropColumn("t", "k"),
            new AddPrimaryKey("t", new PrimaryKey(null, List.of("id")))),
        change("join table key becomes (owner, position): the foreign key its old key served is rebuilt",
            schema(USERS, ACCOUNTS, joinTable()),
            schema(USERS, ACCOUNTS, joinTable().column(POSITION).withPrimaryKey("user_id", "position")),
            new DropForeignKey("user_accounts", "fk_ua_user"),
            new DropPrimaryKey("user_accounts"),
            new AddColumn("user_accounts", POSITION.withNullable(true)),
            Backfill.of("user_accounts", "position", null),
            new AlterColumn("user_accounts", POSITION),
            new AddPrimaryKey("user_accounts", new PrimaryKey(null, List.of("user_id", "position"))),
            new AddForeignKey("user_accounts", joinTable().findForeignKey("fk_ua_user").orElseThrow())),
        change("renamed primary key: the foreign keys that reference it are rebuilt",
            schema(USERS.withPrimaryKey(new PrimaryKey("pk_users", List.of("id"))), ORDERS.withForeignKey(ORDERS_USER)),
            schema(USERS.withPrimaryKey(new PrimaryKey("pk_people", List.of("id"))), ORDERS.withForeignKey(ORDERS_USER)),
            new DropForeignKey("orders", "fk_orders_user"),
            new DropPrimaryKey("users"),
            new AddPrimaryKey("users", new PrimaryKey("pk_people", List.of("id"))),
            new AddForeignKey("orders", ORDERS_USER)),
        change("a key named on one side only is the same key", schema(USERS),
            schema(USERS.withPrimaryKey(new PrimaryKey("pk_users", List.of("id")))))
            .folding(schema(USERS)),
        change("table without a key gets one", schema(Table.named("log").column(ID)),
            schema(Table.named("log").column(ID).withPrimaryKey("id")),
            new AddPrimaryKey("log", new PrimaryKey(null, List.of("id")))),
        change("table loses its key", schema(Table.named("log").column(ID).withPrimaryKey("id")),
            schema(Table.named("log").column(ID)),
            new DropPrimaryKey("log")),
        change("a table in a new schema creates the schema first", schema(USERS),
            schema(USERS, table("sales.invoice")).withSequence(Sequence.of("billing.invoice_seq")),
            new CreateSchema("billing"),
            new CreateSchema("sales"),
            new CreateSequence(Sequence.of("billing.invoice_seq")),
            new CreateTable(table("sales.invoice")))
            .folding(new Schema(List.of(USERS, table("sales.invoice")), List.of(Sequence.of("billing.invoice_seq")),
                List.of("billing", "sales"))),
        change("a database's own default schema is not created", schema(USERS),
            schema(USERS, table("public.invoice"), table("DBO.credit_note")),
            new CreateTable(table("DBO.credit_note")),
            new CreateTable(table("public.invoice"))),
        change("a schema made by hand is not created",
            schema(table("sales.invoice")), schema(table("sales.invoice"), table("sales.credit_note")),
            new CreateTable(table("sales.credit_note"))),
        change("a created schema goes after the last table in it",
            new Schema(List.of(USERS, table("sales.invoice")), List.of(), List.of("sales")), schema(USERS),
            new DropTable("sales.invoice"),
            new DropSchema("sales")),
        change("a created schema stays while a table lives in it",
            new Schema(List.of(table("sales.invoice"), table("sales.credit_note")), List.of(), List.of("sales")),
            schema(table("sales.invoice")),
            new DropTable("sales.credit_note"))
            .folding(new Schema(List.of(table("sales.invoice")), List.of(), List.of("sales"))),
        change("identity switch is an alter column, with the other changes of the column",
            schema(table("t", Column.of("n", INTEGER))),
            schema(table("t", Column.of("n", BIGINT).withIdentity())),
            new AlterColumn("t", Column.of("n", BIGINT).withIdentity())),
        change("a table comment is set", schema(USERS), schema(USERS.withComment("people")),
            new CommentOnTable("users", "people")),
        change("a table comment is removed", schema(USERS.withComment("people")), schema(USERS),
            new CommentOnTable("users", null)),
        change("a sequence's increment and start change in place", schema().withSequence(Sequence.of("s")),
            schema().withSequence(Sequence.of("s").incrementBy(50).startWith(10)),
            new AlterSequence(Sequence.of("s").incrementBy(50).startWith(10))),
        change("all kinds at once, in database order",
            schema(USERS.withUnique(USERS_EMAIL_UK), ordersLinked, ACCOUNTS).withSequence(Sequence.of("old_seq")),
            schema(table("users", EMAIL, NAME.withType(VARCHAR_255), Column.of("account_id", BIGINT))
                    .withForeignKey(ForeignKey.named("fk_users_account", "account_id").references("accounts", "id"))
                    .withIndex(Index.of("idx_users_name", "name")),
                ACCOUNTS.withForeignKey(ForeignKey.named("fk_accounts_invoice", "id").references("invoices", "id")),
                table("invoices", USER_ID).withForeignKey(ForeignKey.named("fk_invoices_user", "user_id")
                    .references("users", "id")))
                .withSequence(Sequence.of("new_seq")),
            new DropForeignKey("orders", "fk_orders_user"),
            new DropIndex("orders", "idx_orders_user"),
            new DropUniqueConstraint("users", "uk_users_email"),
            new DropTable("orders"),
            new CreateSequence(Sequence.of("new_seq")),
            new CreateTable(table("invoices", USER_ID)),
            new AddColumn("users", Column.of("account_id", BIGINT)),
            new AlterColumn("users", NAME.withType(VARCHAR_255)),
            new CreateIndex("users", Index.of("idx_users_name", "name")),
            new AddForeignKey("accounts", ForeignKey.named("fk_accounts_invoice", "id").references("invoices", "id")),
            new AddForeignKey("invoices", ForeignKey.named("fk_invoices_user", "user_id").references("users", "id")),
            new AddForeignKey("users", ForeignKey.named("fk_users_account", "account_id").references("accounts", "id")),
            new DropSequence("old_seq")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatesTheOperationsInOrder(Case c) {
    DiffResult result = differ.diff(c.before(), c.after());

    assertThat(result.operations()).containsExactlyElementsOf(c.expected());
    assertThat(result.isEmpty()).isEqualTo(c.expected().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void operationsTurnTheRecordedSchemaIntoTheMappedOne(Case c) {
    List<Operation> ops = differ.diff(c.before(), c.after()).operations();

    Schema upgraded = c.before();
    for (Operation op : ops) {
      upgraded = op.apply(upgraded);
    }
    assertThat(SchemaNormalizer.normalize(upgraded)).isEqualTo(SchemaNormalizer.normalize(c.result()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void inverseOperationsLeadBackToTheRecordedSchema(Case c) {
    List<Operation> ops = differ.diff(c.before(), c.after()).operations();

    List<List<Operation>> inverses = new ArrayList<>();
    Schema current = c.before();
    for (Operation op : ops.stream().filter(Operation::changesSchema).toList()) {
      inverses.add(0, op.inverse(current));
      current = op.apply(current);
    }
    for (List<Operation> undo : inverses) {
      for (Operation op : undo) {
        current = op.apply(current);
      }
    }
    assertThat(SchemaNormalizer.normalize(current)).isEqualTo(SchemaNormalizer.normalize(c.before()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diffingTheResultAgainFindsNothing(Case c) {
    Schema upgraded = c.before();
    for (Operation op : differ.diff(c.before(), c.after()).operations()) {
      upgraded = op.apply(upgraded);
    }

    assertThat(differ.diff(upgraded, c.after()).operations()).isEmpty();
  }

  private static final Column POSITION = Column.of("position", INTEGER).notNull();

  /** A many-to-many table keyed by both of its foreign keys, as a mapped set makes it. */
  private static Table joinTable() {
    return Table.named("user_accounts")
        .column(USER_ID.notNull())
        .column(Column.of("account_id", BIGINT).notNull())
        .withPrimaryKey("user_id", "account_id")
        .withForeignKey(ForeignKey.named("fk_ua_user", "user_id").references("users", "id"))
        .withForeignKey(ForeignKey.named("fk_ua_account", "account_id").references("accounts", "id"));
  }

  @org.junit.jupiter.api.Test
  void aKeyThatMayRejectRowsIsAWarningForTheDirectionsAtRisk() {
    DiffResult narrowed = differ.diff(schema(USERS, ACCOUNTS, joinTable()),
        schema(USERS, ACCOUNTS, joinTable().column(POSITION).withPrimaryKey("user_id", "position")));
    DiffResult widened = differ.diff(schema(USERS),
        schema(table("users", EMAIL.notNull(), NAME).withPrimaryKey("id", "email")));

    assertThat(narrowed.warnings()).anySatisfy(w -> assertThat(w)
        .contains("Primary key of table user_accounts changes from [user_id, account_id] to [user_id, position]")
        .contains("check the data before upgrading and before downgrading"));
    assertThat(widened.warnings()).filteredOn(w -> w.contains("Primary key of table users"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith("check the data before downgrading.");
  }

  /** A table with a not-null {@code id} primary key and the given columns. */
  private static Table table(String name, Column... columns) {
    Table table = Table.named(name).column(ID);
    for (Column column : columns) {
      table = table.column(column);
    }
    return table.withPrimaryKey("id");
  }

  private static Schema schema(Table... tables) {
    return new Schema(Arrays.asList(tables), List.of());
  }
}
