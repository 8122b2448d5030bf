package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.diff.RenameDiffTest.fold;
import static org.jpamigrations.diff.RenameDiffTest.schema;

import java.sql.Types;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.plugin.codegen.MigrationBody;
import org.junit.jupiter.api.Test;

/** A key that changes from a sequence to IDENTITY and back is altered in place, keeping its values. */
class IdentitySwitchDiffTest {

  private static final Column ID = Column.of("id", ColumnType.of(Types.BIGINT)).notNull();
  private static final Sequence ITEM_SEQ = Sequence.of("item_SEQ").incrementBy(50);

  private final SchemaDiffer differ = new SchemaDiffer();

  private static Schema item(Column id) {
    return schema(Table.named("item").column(id).withPrimaryKey("id"));
  }

  @Test
  void aSequenceKeyBecomesAnIdentityColumn() {
    Schema recorded = item(ID).withSequence(ITEM_SEQ);
    Schema mapped = item(ID.withIdentity());

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new AlterColumn("item", ID.withIdentity()), new DropSequence("item_SEQ"));
    assertThat(result.warnings()).singleElement().asString()
        .startsWith("Column item.id becomes an identity column: its next value follows the highest one")
        .contains("SQL Server and Oracle");
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void anIdentityKeyBecomesAPlainColumnAndDownPutsTheIdentityBack() {
    Schema recorded = item(ID.withIdentity());
    Schema mapped = item(ID).withSequence(ITEM_SEQ);

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new CreateSequence(ITEM_SEQ), new AlterColumn("item", ID));
    assertThat(result.warnings()).singleElement().asString()
        .contains("stops being an identity column: its values stay");
    MigrationBody body = MigrationBody.of(recorded, result.operations());
    assertThat(body.destructive()).isEmpty();
    assertThat(body.downOperations()).containsExactly(
        new AlterColumn("item", ID.withIdentity()), new DropSequence("item_SEQ"));
  }
}
