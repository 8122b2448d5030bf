package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;
import org.junit.jupiter.api.Test;

class RenameDiffTest {

  private static final ColumnType BIGINT = ColumnType.of(Types.BIGINT);
  private static final ColumnType VARCHAR_100 = ColumnType.of(Types.VARCHAR).length(100);
  private static final ColumnType VARCHAR_200 = ColumnType.of(Types.VARCHAR).length(200);
  private static final ColumnType CLOB = ColumnType.of(Types.CLOB);
  private static final ColumnType DATE = ColumnType.of(Types.DATE);

  private static final Column ID = Column.of("id", BIGINT).notNull();

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void hintedTableRenameKeepsTheRowsAndTheForeignKeysThatPointAtIt() {
    Table customers = table("customers", Column.of("name", VARCHAR_100));
    Table orders = table("orders", Column.of("customer_id", BIGINT))
        .withForeignKey(ForeignKey.named("fk_orders_customer", "customer_id").references("customers", "id"));
    Table client = table("client", Column.of("name", VARCHAR_100));
    Table ordersAfter = table("orders", Column.of("customer_id", BIGINT))
        .withForeignKey(ForeignKey.named("fk_orders_customer", "customer_id").references("client", "id"));
    Schema recorded = schema(customers, orders);
    Schema mapped = schema(client, ordersAfter);

    DiffResult result = differ.diff(recorded, mapped, RenameHints.NONE.withTable("client", List.of("customers")));

    assertThat(result.operations()).containsExactly(new RenameTable("customers", "client"));
    assertThat(result.warnings()).isEmpty();
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void renamedTableIsThenComparedUnderItsNewName() {
    Table recordedTable = table("customers", Column.of("name", VARCHAR_100));
    Table mappedTable = table("client", Column.of("name", VARCHAR_200), Column.of("born", DATE));
    Schema recorded = schema(recordedTable);
    Schema mapped = schema(mappedTable);

    DiffResult result = differ.diff(recorded, mapped, RenameHints.NONE.withTable("client", List.of("customers")));

    assertThat(result.operations()).containsExactly(
        new RenameTable("customers", "client"),
        new AddColumn("client", Column.of("born", DATE)),
        new AlterColumn("client", Column.of("name", VARCHAR_200)));
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void hintedColumnRenameComesFirstAndFollowsATableRename() {
    Schema recorded = schema(table("customers", Column.of("fullname", VARCHAR_100)));
    Schema mapped = schema(table("client", Column.of("name", VARCHAR_100).notNull()));
    RenameHints hints = RenameHints.NONE
        .withTable("client", List.of("customers"))
        .withColumn("client", "name", List.of("full_name", "FULLNAME"));

    DiffResult result = differ.diff(recorded, mapped, hints);

    assertThat(result.operations()).startsWith(
        new RenameTable("customers", "client"),
        new RenameColumn("client", "fullname", "name"));
    assertThat(result.operations()).noneMatch(op -> op instanceof DropColumn || op instanceof AddColumn);
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void hintThatMatchesNothingRecordedIsIgnored() {
    // after the rename migration: the new names are recorded, the hint stays in the code
    Schema both = schema(table("client", Column.of("name", VARCHAR_100)));
    RenameHints hints = RenameHints.NONE
        .withTable("client", List.of("customers"))
        .withColumn("client", "name", List.of("fullname"));

    assertThat(differ.diff(both, both, hints).operations()).isEmpty();
  }

  @Test
  void hintIsIgnoredWhenTheFormerNameIsStillMapped() {
    Schema recorded = schema(table("customer", Column.of("a", VARCHAR_100)));
    Schema mapped = schema(table("customer", Column.of("a", VARCHAR_100), Column.of("b", VARCHAR_100)));

    DiffResult result = differ.diff(recorded, mapped, RenameHints.NONE.withColumn("customer", "b", List.of("a")));

    assertThat(result.operations()).containsExactly(new AddColumn("customer", Column.of("b", VARCHAR_100)));
  }

  @Test
  void unhintedColumnSwapOfCompatibleTypesIsDropAndAddWithAWarning() {
    Schema recorded = schema(table("customer", Column.of("fullname", VARCHAR_100)));
    Schema mapped = schema(table("customer", Column.of("name", CLOB)));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropColumn("customer", "fullname"), new AddColumn("customer", Column.of("name", CLOB)));
    assertThat(result.warnings()).containsExactly("Column customer.fullname is dropped and customer.name added: "
        + "if this is a rename, mark the field @RenamedFrom(\"fullname\") and generate again, "
        + "or the data of fullname is lost.");
  }

  @Test
  void addedColumnsOfOtherTypesDoNotHideALikelyRename() {
    Schema recorded = schema(table("customer", Column.of("fullname", VARCHAR_100)));
    Schema mapped = schema(table("customer", Column.of("name", VARCHAR_200), Column.of("born", DATE)));

    assertThat(differ.diff(recorded, mapped).warnings()).singleElement().asString()
        .startsWith("Column customer.fullname is dropped and customer.name added");
  }

  @Test
  void noRenameWarningForIncompatibleTypesOrSeveralColumns() {
    Schema recorded = schema(table("customer", Column.of("fullname", VARCHAR_100)));

    assertThat(differ.diff(recorded, schema(table("customer", Column.of("born", DATE)))).warnings()).isEmpty();
    assertThat(differ.diff(recorded,
        schema(table("customer", Column.of("a", VARCHAR_100), Column.of("b", VARCHAR_100)))).warnings()).isEmpty();
  }

  @Test
  void unhintedTableWithTheSameColumnsIsDropAndCreateWithAWarning() {
    Schema recorded = schema(table("customers", Column.of("name", VARCHAR_100)), table("other"));
    Schema mapped = schema(table("client", Column.of("NAME", VARCHAR_200)), table("other"));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).hasSize(2);
    assertThat(result.operations().get(0)).isEqualTo(new DropTable("customers"));
    assertThat(result.operations().get(1)).isInstanceOf(CreateTable.class);
    assertThat(result.warnings()).containsExactly("Table customers is dropped and client added with the same "
        + "columns: if this is a rename, mark the entity @RenamedFrom(\"customers\") and generate again, "
        + "or the rows of customers are lost.");
  }

  @Test
  void noTableRenameWarningWhenTheColumnsDiffer() {
    Schema recorded = schema(table("customers", Column.of("name", VARCHAR_100)));
    Schema mapped = schema(table("client", Column.of("name", VARCHAR_100), Column.of("born", DATE)));

    assertThat(differ.diff(recorded, mapped).warnings()).isEmpty();
  }

  @Test
  void renameThenForeignKeyToTheRenamedTableIsAdded() {
    Schema recorded = schema(table("customers"), table("orders", Column.of("customer_id", BIGINT)));
    ForeignKey fk = ForeignKey.named("fk_orders_client", "customer_id").references("client", "id");
    Schema mapped = schema(table("client"), table("orders", Column.of("customer_id", BIGINT)).withForeignKey(fk));

    DiffResult result = differ.diff(recorded, mapped, RenameHints.NONE.withTable("client", List.of("customers")));

    assertThat(result.operations()).containsExactly(
        new RenameTable("customers", "client"), new AddForeignKey("orders", fk));
  }

  static Schema fold(Schema schema, DiffResult result) {
    Schema current = schema;
    for (Operation op : result.operations()) {
      current = op.apply(current);
    }
    return SchemaNormalizer.normalize(current);
  }

  static Table table(String name, Column... columns) {
    Table table = Table.named(name).column(ID);
    for (Column column : columns) {
      table = table.column(column);
    }
    return table.withPrimaryKey("id");
  }

  static Schema schema(Table... tables) {
    return new Schema(List.of(tables), List.of());
  }
}
