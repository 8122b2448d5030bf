package org.jpamigrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.check;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.sequence;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule, fired and not fired, on each database it concerns and on one it does not: the quiet case is the same
 * change on a table the migration itself created, or a change the rule lets pass.
 */
class RulesTest {

  /** An existing table with rows: customer(id, name varchar(50) null, age int not null, email), index on name. */
  private static final Table CUSTOMER = table("customer")
      .column(column("id", bigint()).notNull())
      .column(column("name", varchar(50)))
      .column(column("age", integer()).notNull())
      .column(column("email", varchar(100)))
      .withPrimaryKey("id")
      .withIndex(index("idx_customer_name", "name"));
  private static final Table ORDERS = table("orders")
      .column(column("id", bigint()).notNull())
      .column(column("customer_id", bigint()));
  private static final Schema BEFORE = Schema.EMPTY.withTable(CUSTOMER).withTable(ORDERS)
      .withSequence(sequence("customer_seq")).withNamespace("archive");

  /** A table created at step 1 of the same migration, the quiet twin of an existing one. */
  private static final CreateTable CREATE_FRESH = new CreateTable(table("fresh")
      .column(column("id", bigint()).notNull())
      .column(column("name", varchar(50)))
      .column(column("customer_id", bigint())));

  static Stream<Arguments> cases() {
    return Stream.of(
        rule("JM101", new DropTable("customer"), null),
        rule("JM102", new DropColumn("customer", "email"), new DropColumn("fresh", "name")),
        rule("JM103", new DropSchema("archive"), null),
        rule("JM104", new DropSequence("customer_seq"), null),
        rule("JM105", new AlterColumn("customer", column("name", varchar(20))),
            new AlterColumn("customer", column("name", varchar(80)))),
        rule("JM201", new AddColumn("customer", column("tier", integer()).notNull()),
            new AddColumn("customer", column("tier", integer()).notNull().withDefault("0"))),
        rule("JM202", new AlterColumn("customer", column("name", varchar(50)).notNull()),
            new AlterColumn("fresh", column("name", varchar(50)).notNull())),
        rule("JM203", new AddUniqueConstraint("customer", new UniqueConstraint("uk_email", List.of("email"))),
            new CreateIndex("customer", index("idx_email", "email"))),
        rule("JM204", new AddCheckConstraint("customer", check("ck_age", "age >= 0")),
            new AddCheckConstraint("fresh", check("ck_name", "name <> ''"))),
        rule("JM301", new RenameTable("customer", "client"), null),
        rule("JM302", new RenameColumn("customer", "email", "mail"), new RenameColumn("fresh", "name", "title")),
        rule("JM401", new CreateIndex("customer", index("idx_email", "email")),
            new CreateIndex("fresh", index("idx_fresh_name", "name"))),
        rule("JM402", new DropIndex("customer", "idx_customer_name"), null),
        rule("JM403", new AddForeignKey("orders", foreignKey("fk_orders_customer", "customer_id")
            .references("customer", "id")), new AddForeignKey("fresh", foreignKey("fk_fresh_customer", "customer_id")
            .references("customer", "id"))),
        rule("JM404", new AddCheckConstraint("customer", check("ck_age", "age >= 0")),
            new AddCheckConstraint("fresh", check("ck_name", "name <> ''"))),
        rule("JM405", new AlterColumn("customer", column("name", varchar(50)).notNull()),
            new AlterColumn("customer", column("age", integer()))),
        rule("JM406", new AlterColumn("customer", column("age", bigint()).notNull()),
            new AlterColumn("customer", column("name", varchar(80)))),
        rule("JM407", new AddColumn("customer", column("token", varchar(36)).withDefault("gen_random_uuid()")),
            new AddColumn("customer", column("token", varchar(36)).withDefault("'none'"))),
        rule("JM408", new AddColumn("customer", column("tier", integer())),
            new CreateIndex("customer", index("idx_email", "email"), true)),
        rule("JM501", new AlterColumn("customer", column("age", bigint()).notNull()),
            new AlterColumn("customer", column("name", varchar(80)))),
        rule("JM502", new DropPrimaryKey("customer"), new AddPrimaryKey("fresh", new PrimaryKey(null, List.of("id")))),
        rule("JM503", new AlterColumn("customer", column("age", integer())),
            new AlterColumn("fresh", column("name", varchar(50)).notNull())));
  }

  private static Arguments rule(String code, Operation fires, Operation quiet) {
    return Arguments.of(code, fires, quiet);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesOnTheDatabasesItConcernsAndOnlyThere(String code, Operation fires, Operation quiet) {
    Rule rule = Rules.byCode(code);
    for (String database : Rules.DATABASES) {
      boolean concerned = rule.concerns(database);
      assertThat(codes(fires, database)).as("%s on %s", fires.describe(), database)
          .matches(found -> found.contains(code) == concerned);
      if (quiet != null) {
        assertThat(codes(quiet, database)).as("%s on %s", quiet.describe(), database).doesNotContain(code);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyRuleHasItsTexts(String code, Operation fires, Operation quiet) {
    Rule rule = Rules.byCode(code);
    assertThat(rule.problem()).endsWith(".");
    assertThat(rule.fix()).endsWith(".");
    assertThat(rule.docs()).isEqualTo("docs/lint.md#" + code.toLowerCase());
  }

  @Test
  void everyRuleIsCoveredByACase() {
    assertThat(cases().map(arguments -> (String) arguments.get()[0]).toList())
        .containsAll(Rules.ALL.stream().map(Rule::code).toList());
  }

  /** Every step that takes a lock other sessions queue behind, on an existing table and on a new one. */
  static Stream<Arguments> lockingSteps() {
    return Stream.of(
        locks(new AddColumn("customer", column("tier", integer())), new AddColumn("fresh", column("tier", integer()))),
        locks(new DropColumn("customer", "email"), new DropColumn("fresh", "name")),
        locks(new AlterColumn("customer", column("name", varchar(80))), new AlterColumn("fresh", column("name", varchar(80)))),
        locks(new AlterColumn("customer", column("name", varchar(50)).notNull(), true),
            new AlterColumn("fresh", column("name", varchar(50)).notNull(), true)),
        locks(new RenameColumn("customer", "email", "mail"), new RenameColumn("fresh", "name", "title")),
        locks(new AddForeignKey("orders", foreignKey("fk_orders_customer", "customer_id").references("customer", "id"),
            true), new AddForeignKey("fresh", foreignKey("fk_fresh_customer", "customer_id").references("customer", "id"))),
        locks(new AddCheckConstraint("customer", check("ck_age", "age >= 0"), true),
            new AddCheckConstraint("fresh", check("ck_name", "name <> ''"))),
        locks(new AddUniqueConstraint("customer", new UniqueConstraint("uk_email", List.of("email"))),
            new AddUniqueConstraint("fresh", new UniqueConstraint("uk_name", List.of("name")))),
        locks(new DropPrimaryKey("customer"), new AddPrimaryKey("fresh", new PrimaryKey(null, List.of("id")))),
        locks(new CreateIndex("customer", index("idx_email", "email")), new CreateIndex("fresh", index("idx_n", "name"))),
        locks(new DropIndex("customer", "idx_customer_name"), new DropTable("fresh")),
        locks(new RenameTable("customer", "client"), new RenameTable("fresh", "stale")),
        locks(new DropTable("customer"), null));
  }

  /** The steps JM408 lets pass even on an existing table: they take no such lock, or none the review can see. */
  static Stream<Operation> nonLockingSteps() {
    return Stream.of(new CreateIndex("customer", index("idx_email", "email"), true),
        new DropIndex("customer", "idx_customer_name", true), new CommentOnTable("customer", "people"),
        new DropSequence("customer_seq"), new ExecuteSql("update customer set age = 0"),
        new FillNulls("customer", "name", "''"));
  }

  private static Arguments locks(Operation existing, Operation fresh) {
    return Arguments.of(existing, fresh);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lockingSteps")
  void jm408FiresOnALockOfAnExistingTableUnlessTheMigrationHasALockTimeout(Operation existing, Operation fresh) {
    assertThat(codes(existing, "postgresql")).as(existing.describe()).contains("JM408");
    assertThat(codes(existing, "mariadb")).doesNotContain("JM408");
    assertThat(Lint.all().check(BEFORE, List.of(CREATE_FRESH, existing), "postgresql", true))
        .as("with a lock timeout").noneMatch(finding -> finding.rule().code().equals("JM408"));
    if (fresh != null) {
      assertThat(codes(fresh, "postgresql")).as(fresh.describe()).doesNotContain("JM408");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonLockingSteps")
  void jm408StaysQuietOnStepsThatTakeNoQueuingLock(Operation step) {
    assertThat(codes(step, "postgresql")).doesNotContain("JM408");
  }

  /** The codes found when the operation runs after a table was created in the same migration. */
  private static List<String> codes(Operation operation, String database) {
    return Lint.all().check(BEFORE, List.of(CREATE_FRESH, operation), database).stream()
        .map(finding -> finding.rule().code()).toList();
  }
}
