package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.diff.RenameDiffTest.fold;
import static org.jpamigrations.diff.RenameDiffTest.schema;
import static org.jpamigrations.diff.RenameDiffTest.table;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

/** Checks: known by name, a changed condition is a drop and an add around the column changes. */
class CheckDiffTest {

  private static final ColumnType SMALLINT = ColumnType.of(Types.SMALLINT);
  private static final ColumnType VARCHAR_255 = ColumnType.of(Types.VARCHAR).length(255);
  private static final Column QUANTITY = Column.of("quantity", ColumnType.of(Types.INTEGER));
  private static final CheckConstraint POSITIVE = CheckConstraint.named("stock", "quantity >= 0");

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void aNewTableCreatesItsChecksWithIt() {
    Table stock = table("stock", QUANTITY).withCheck(POSITIVE);

    DiffResult result = differ.diff(schema(), schema(stock));

    assertThat(result.operations()).containsExactly(new CreateTable(stock));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aCheckAddedToAKeptTableWarnsThatRowsMayNotMeetIt() {
    Schema recorded = schema(table("stock", QUANTITY));
    Schema mapped = schema(table("stock", QUANTITY).withCheck(POSITIVE));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(new AddCheckConstraint("stock", POSITIVE));
    assertThat(result.warnings()).singleElement().asString()
        .contains(POSITIVE.name()).contains("quantity >= 0").contains("fails if rows do not meet it");
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void aCheckTheMappingNoLongerHasIsDroppedAndDownIsFlaggedForPuttingItBack() {
    Schema recorded = schema(table("stock", QUANTITY).withCheck("ck_stock", "quantity < 10"));

    DiffResult result = differ.diff(recorded, schema(table("stock", QUANTITY)));

    assertThat(result.operations()).containsExactly(new DropCheckConstraint("stock", "ck_stock"));
    assertThat(result.warnings()).singleElement().asString()
        .startsWith("Check constraint ck_stock (quantity < 10) is dropped from table stock: down() adds it back");
  }

  @Test
  void aNamedCheckWithAnotherConditionIsDroppedAndAddedAgain() {
    Schema recorded = schema(table("stock", QUANTITY).withCheck("ck_stock", "quantity < 10"));
    Schema mapped = schema(table("stock", QUANTITY).withCheck("ck_stock", "quantity < 20"));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropCheckConstraint("stock", "ck_stock"),
        new AddCheckConstraint("stock", new CheckConstraint("ck_stock", "quantity < 20")));
    assertThat(roundTrip(recorded, result.operations())).isEqualTo(SchemaNormalizer.normalize(recorded));
  }

  @Test
  void aRelaxedCheckWarnsOnlyForTheStricterOneDownPutsBack() {
    // Bean Validation's @Min(18) lowered to @Min(16): Hibernate names each check by its condition.
    CheckConstraint adult = CheckConstraint.named("stock", "quantity>=18");
    CheckConstraint relaxed = CheckConstraint.named("stock", "quantity>=16");
    Schema strict = schema(table("stock", QUANTITY).withCheck(adult));
    Schema loose = schema(table("stock", QUANTITY).withCheck(relaxed));

    DiffResult relaxing = differ.diff(strict, loose);

    assertThat(relaxing.operations()).containsExactly(
        new DropCheckConstraint("stock", adult.name()), new AddCheckConstraint("stock", relaxed));
    assertThat(relaxing.warnings()).singleElement().asString()
        .startsWith("Check constraint " + adult.name() + " (quantity>=18) is dropped from table stock: down() adds it");

    DiffResult tightening = differ.diff(loose, strict);

    assertThat(tightening.warnings()).singleElement().asString()
        .contains(adult.name()).contains("is added to table stock: the migration fails if rows do not meet it");
  }

  @Test
  void aValueAddedToAListedCheckIsNoRiskToTheRows() {
    CheckConstraint two = new CheckConstraint("ck_state", "state in ('OPEN','DONE')");
    CheckConstraint three = new CheckConstraint("ck_state", "state in ('OPEN','DONE','HELD')");

    DiffResult result = differ.diff(schema(table("stock", QUANTITY).withCheck(two)),
        schema(table("stock", QUANTITY).withCheck(three)));

    assertThat(result.operations()).hasSize(2);
    assertThat(result.warnings()).singleElement().asString().contains("is dropped from table stock: down() adds");
  }

  @Test
  void anEnumStoredByNameInsteadOfOrdinalSwapsItsCheckAroundTheTypeChange() {
    Column ordinal = Column.of("level", SMALLINT);
    Column named = Column.of("level", VARCHAR_255);
    CheckConstraint range = CheckConstraint.named("task", "level between 0 and 2");
    CheckConstraint values = CheckConstraint.named("task", "level in ('LOW','MID','HIGH')");
    Schema recorded = schema(table("task", ordinal).withCheck(range));
    Schema mapped = schema(table("task", named).withCheck(values));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropCheckConstraint("task", range.name()),
        new AlterColumn("task", named),
        new AddCheckConstraint("task", values));
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void theCheckOfADroppedColumnGoesFirst() {
    Schema recorded = schema(table("stock", QUANTITY).withCheck(POSITIVE));

    DiffResult result = differ.diff(recorded, schema(table("stock")));

    assertThat(result.operations()).containsExactly(
        new DropCheckConstraint("stock", POSITIVE.name()),
        new DropColumn("stock", "quantity"));
  }

  @Test
  void aDroppedTableTakesItsChecksWithIt() {
    DiffResult result = differ.diff(schema(table("stock", QUANTITY).withCheck(POSITIVE)), schema());

    assertThat(result.operations()).containsExactly(new DropTable("stock"));
  }

  /** The operations, then their inverses in reverse order. */
  private static Schema roundTrip(Schema start, List<Operation> operations) {
    List<List<Operation>> inverses = new ArrayList<>();
    Schema current = start;
    for (Operation op : operations) {
      inverses.add(0, op.inverse(current));
      current = op.apply(current);
    }
    for (List<Operation> undo : inverses) {
      for (Operation op : undo) {
        current = op.apply(current);
      }
    }
    return SchemaNormalizer.normalize(current);
  }
}
