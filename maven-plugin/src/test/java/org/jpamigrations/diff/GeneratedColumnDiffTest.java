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
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.plugin.codegen.MigrationBody;
import org.junit.jupiter.api.Test;

/** A generated column ({@code @GeneratedColumn}) cannot be altered the same way everywhere: it is dropped and added. */
class GeneratedColumnDiffTest {

  private static final ColumnType VARCHAR = ColumnType.of(Types.VARCHAR).length(255);
  private static final Column NAME = Column.of("name", VARCHAR);
  private static final Column LABEL = Column.of("label", VARCHAR);
  private static final Column UPPER = LABEL.withGeneratedAs("upper(name)");
  private static final Column LOWER = LABEL.withGeneratedAs("lower(name)");

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void anAddedGeneratedColumnIsAddedAsItIs() {
    Schema recorded = schema(table("country", NAME));
    Schema mapped = schema(table("country", NAME, UPPER.notNull()));

    DiffResult result = differ.diff(recorded, mapped);

    // no backfill for a NOT NULL column the database computes
    assertThat(result.operations()).containsExactly(new AddColumn("country", UPPER.notNull()));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aChangedExpressionDropsAndAddsTheColumnWithoutLosingData() {
    Schema recorded = schema(table("country", NAME, UPPER));
    Schema mapped = schema(table("country", NAME, LOWER));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropColumn("country", "label"), new AddColumn("country", LOWER));
    assertThat(result.warnings()).as("not a likely rename").isEmpty();
    assertThat(MigrationBody.of(recorded, result.operations()).destructive()).isEmpty();
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
    assertThat(differ.diff(mapped, mapped).operations()).isEmpty();
  }

  @Test
  void aColumnThatBecomesGeneratedLosesItsStoredValues() {
    Schema recorded = schema(table("country", NAME, LABEL));
    Schema mapped = schema(table("country", NAME, UPPER));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropColumn("country", "label"), new AddColumn("country", UPPER));
    assertThat(MigrationBody.of(recorded, result.operations()).destructive())
        .containsExactly("drop column country.label");
  }

  @Test
  void aColumnThatStopsBeingGeneratedKeepsTheValuesItsExpressionGave() {
    Schema recorded = schema(table("country", NAME, UPPER));
    Schema mapped = schema(table("country", NAME, LABEL.notNull()));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropColumn("country", "label"),
        new AddColumn("country", LABEL),
        new FillNulls("country", "label", "(upper(name))"),
        new AlterColumn("country", LABEL.notNull()));
    assertThat(MigrationBody.of(recorded, result.operations()).destructive()).isEmpty();
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void aColumnThatStopsBeingGeneratedGetsItsDefaultOnlyAfterItsValues() {
    Schema recorded = schema(table("country", NAME, UPPER));
    Column withDefault = LABEL.withDefault("'??'");
    Schema mapped = schema(table("country", NAME, withDefault));

    DiffResult result = differ.diff(recorded, mapped);

    // added with its default, the column would hold it in every existing row and the update would find no null
    assertThat(result.operations()).containsExactly(
        new DropColumn("country", "label"),
        new AddColumn("country", LABEL),
        new FillNulls("country", "label", "(upper(name))"),
        new AlterColumn("country", withDefault));
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void otherChangesOfAGeneratedColumnAreAlterations() {
    Schema recorded = schema(table("country", NAME, UPPER));
    Schema mapped = schema(table("country", NAME, UPPER.withComment("shown in lists")));

    assertThat(differ.diff(recorded, mapped).operations())
        .containsExactly(new AlterColumn("country", UPPER.withComment("shown in lists")));
  }
}
