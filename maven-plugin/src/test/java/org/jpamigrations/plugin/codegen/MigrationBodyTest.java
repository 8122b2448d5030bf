package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpamigrations.migration.Dsl.*;

import java.util.List;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.junit.jupiter.api.Test;

class MigrationBodyTest {

  private static final Schema BEFORE = Schema.EMPTY.withTable(table("t")
      .column(column("id", bigint()).notNull())
      .column(column("note", varchar(100)))
      .withPrimaryKey("id"));

  @Test
  void downInvertsEachOperationAgainstTheSchemaBeforeItInReverseOrder() {
    List<Operation> up = List.of(
        new AddColumn("t", column("extra", integer())),
        new RenameColumn("t", "note", "remark"),
        new AlterColumn("t", column("remark", varchar(200))));

    MigrationBody body = MigrationBody.of(BEFORE, up);

    assertThat(body.upOperations()).isEqualTo(up);
    assertThat(body.downOperations()).containsExactly(
        new AlterColumn("t", column("remark", varchar(100))),
        new RenameColumn("t", "remark", "note"),
        new DropColumn("t", "extra"));
  }

  @Test
  void destructiveStepsAreMarkedInTheirOwnDirection() {
    List<Operation> up = List.of(
        new DropColumn("t", "note"),
        new AddColumn("t", column("extra", varchar(10))),
        new AlterColumn("t", column("extra", varchar(20))));

    MigrationBody body = MigrationBody.of(BEFORE, up);

    assertThat(body.destructive()).containsExactly("drop column t.note");
    assertThat(warnings(body.up())).containsExactly("drop column t.note loses its data", null, null);
    assertThat(warnings(body.down())).containsExactly(
        "alter column t.extra from varchar(20) to varchar(10) can lose data",
        "drop column t.extra loses its data",
        null);
  }

  @Test
  void changingTheTypeCodeCountsAsNarrowing() {
    MigrationBody body = MigrationBody.of(BEFORE, List.of(new AlterColumn("t", column("id", integer()).notNull())));

    assertThat(warnings(body.up())).containsExactly("alter column t.id from bigint to integer can lose data");
    assertThat(warnings(body.down())).containsExactly("alter column t.id from integer to bigint can lose data");
  }

  @Test
  void droppedTableComesBackWithItsParts() {
    MigrationBody body = MigrationBody.of(BEFORE, List.of(new DropTable("t")));

    assertThat(body.downOperations()).containsExactly(new CreateTable(BEFORE.table("t")));
    assertThat(body.destructive()).containsExactly("drop table t");
  }

  @Test
  void irreversibleOperationLeavesATodoInPlaceOfItsInverse() {
    MigrationBody body = MigrationBody.of(BEFORE, List.of(
        new AddColumn("t", column("extra", integer())),
        new ExecuteSql("UPDATE t SET extra = 1")));

    assertThat(body.down()).hasSize(2);
    assertThat(body.down().get(0)).isInstanceOfSatisfying(Step.Todo.class,
        todo -> assertThat(todo.text()).contains("cannot be undone").contains("UPDATE t SET extra = 1"));
    assertThat(body.downOperations()).containsExactly(new DropColumn("t", "extra"));
  }

  @Test
  void operationThatDoesNotFitTheSchemaIsReported() {
    assertThatThrownBy(() -> MigrationBody.of(BEFORE, List.of(new DropColumn("t", "missing"))))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("drop column t.missing")
        .hasMessageContaining("has no column missing");
  }

  private static List<String> warnings(List<Step> steps) {
    return steps.stream().map(s -> ((Step.Statement) s).warning()).toList();
  }
}
