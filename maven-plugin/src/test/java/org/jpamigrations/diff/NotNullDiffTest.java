package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.diff.RenameDiffTest.fold;
import static org.jpamigrations.diff.RenameDiffTest.schema;
import static org.jpamigrations.diff.RenameDiffTest.table;

import java.sql.Types;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.FillNulls;
import org.junit.jupiter.api.Test;

class NotNullDiffTest {

  private static final ColumnType VARCHAR_20 = ColumnType.of(Types.VARCHAR).length(20);
  private static final ColumnType INTEGER = ColumnType.of(Types.INTEGER);

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void notNullColumnWithADefaultIsAddedAsItIs() {
    Column status = Column.of("status", VARCHAR_20).notNull().withDefault("'NEW'");
    Schema recorded = schema(table("orders"));
    Schema mapped = schema(table("orders", status));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(new AddColumn("orders", status));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void notNullColumnWithoutDefaultIsAddedNullableThenFilledByHandThenMadeNotNull() {
    Column quantity = Column.of("quantity", INTEGER).notNull();
    Schema recorded = schema(table("orders"));
    Schema mapped = schema(table("orders", quantity));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new AddColumn("orders", quantity.withNullable(true)),
        new FillNulls("orders", "quantity", "/* TODO: value for existing rows */ null"),
        new AlterColumn("orders", quantity));
    assertThat(result.warnings()).singleElement().asString()
        .startsWith("Column orders.quantity is NOT NULL and has no default")
        .contains("/* TODO: value for existing rows */", "@ColumnDefault");
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void notNullColumnOfANewTableNeedsNoFill() {
    Schema mapped = schema(table("orders", Column.of("quantity", INTEGER).notNull()));

    DiffResult result = differ.diff(Schema.EMPTY, mapped);

    assertThat(result.operations()).singleElement().isInstanceOf(CreateTable.class);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void identityColumnIsFilledByTheDatabase() {
    Column number = Column.of("number", INTEGER).notNull().withIdentity();
    DiffResult result = differ.diff(schema(table("orders")), schema(table("orders", number)));

    assertThat(result.operations()).containsExactly(new AddColumn("orders", number));
  }

  @Test
  void columnBecomingNotNullGetsItsDefaultWhereItIsNull() {
    Column was = Column.of("status", VARCHAR_20);
    Column now = was.notNull().withDefault("'NEW'");
    Schema recorded = schema(table("orders", was));
    Schema mapped = schema(table("orders", now));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new FillNulls("orders", "status", "'NEW'"),
        new AlterColumn("orders", now));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void columnBecomingNotNullWithoutDefaultAsksForAValue() {
    Column was = Column.of("`Status`", VARCHAR_20);
    Schema recorded = schema(table("app.orders", was));
    Schema mapped = schema(table("app.orders", was.notNull()));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new FillNulls("app.orders", "`Status`", "/* TODO: value for existing rows */ null"),
        new AlterColumn("app.orders", was.notNull()));
    assertThat(result.warnings()).singleElement().asString()
        .startsWith("Column app.orders.`Status` becomes NOT NULL and has no default");
  }

  @Test
  void columnBecomingNullableNeedsNoFill() {
    Column was = Column.of("status", VARCHAR_20).notNull();
    DiffResult result = differ.diff(schema(table("orders", was)), schema(table("orders", was.withNullable(true))));

    assertThat(result.operations()).containsExactly(new AlterColumn("orders", was.withNullable(true)));
  }
}
