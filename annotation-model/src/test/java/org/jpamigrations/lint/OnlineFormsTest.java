package org.jpamigrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.check;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.table;

import java.util.List;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

/** generate -Dmigrations.online=true: the steps on existing tables take their online form, the others stay. */
class OnlineFormsTest {

  private static final Schema BEFORE = Schema.EMPTY
      .withTable(table("customer").column(column("id", bigint()).notNull()).column(column("ref", bigint()))
          .withPrimaryKey("id").withIndex(index("idx_customer_ref", "ref")));

  @Test
  void stepsOnExistingTablesGoOnlineAndStepsOnNewTablesStayPlain() {
    List<Operation> plain = List.of(
        new CreateTable(table("note").column(column("id", bigint()).notNull()).column(column("customer_id", bigint()))
            .withPrimaryKey("id")),
        new CreateIndex("note", index("idx_note_customer", "customer_id")),
        new AddForeignKey("note", foreignKey("fk_note_customer", "customer_id").references("customer", "id")),
        new DropIndex("customer", "idx_customer_ref"),
        new CreateIndex("customer", index("idx_customer_ref_id", "ref", "id")),
        new AddCheckConstraint("customer", check("ck_customer_ref", "ref > 0")),
        new AddColumn("customer", column("age", bigint())));

    List<Operation> online = OnlineForms.of(BEFORE, plain);

    assertThat(online.subList(0, 3)).isEqualTo(plain.subList(0, 3));
    assertThat(online.get(3)).isEqualTo(new DropIndex("customer", "idx_customer_ref", true));
    assertThat(online.get(4)).isEqualTo(new CreateIndex("customer", index("idx_customer_ref_id", "ref", "id"), true));
    assertThat(online.get(5)).isEqualTo(new AddCheckConstraint("customer", check("ck_customer_ref", "ref > 0"), true));
    assertThat(online.get(6)).isEqualTo(plain.get(6));
    assertThat(online.stream().filter(SqlDialects::outsideTransactionSomewhere)).hasSize(3);
    assertThat(plain.stream().filter(SqlDialects::outsideTransactionSomewhere)).isEmpty();
  }

  @Test
  void theReviewHasNoLockingFindingLeftForTheOnlineSteps() {
    List<Operation> plain = List.of(new CreateIndex("customer", index("idx_customer_id_ref", "id", "ref")),
        new AddCheckConstraint("customer", check("ck_customer_ref", "ref > 0")));

    assertThat(Lint.all().check(BEFORE, plain, "postgresql")).extracting(f -> f.rule().code())
        .contains("JM401", "JM404");
    assertThat(Lint.all().check(BEFORE, OnlineForms.of(BEFORE, plain), "postgresql")).extracting(f -> f.rule().code())
        .doesNotContain("JM401", "JM404");
  }

  @Test
  void onlineStepsStillLockExistingTablesForAMomentSoTheMigrationNeedsALockTimeoutForJm408() {
    List<Operation> online = OnlineForms.of(BEFORE, List.of(
        new AddCheckConstraint("customer", check("ck_customer_ref", "ref > 0"))));

    assertThat(LockingSteps.anyLocksExisting(BEFORE, online)).isTrue();
    assertThat(Lint.all().check(BEFORE, online, "postgresql")).extracting(f -> f.rule().code()).contains("JM408");
    assertThat(Lint.all().check(BEFORE, online, "postgresql", true)).extracting(f -> f.rule().code())
        .doesNotContain("JM408");
    assertThat(LockingSteps.anyLocksExisting(BEFORE, OnlineForms.of(BEFORE, List.of(
        new CreateIndex("customer", index("idx_customer_id_ref", "id", "ref")))))).as("concurrently").isFalse();
    assertThat(LockingSteps.anyLocksExisting(BEFORE, List.of(
        new CreateTable(table("note").column(column("id", bigint()).notNull())),
        new AddColumn("note", column("age", bigint()))))).as("a new table").isFalse();
  }
}
