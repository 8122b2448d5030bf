package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.diff.RenameDiffTest.fold;
import static org.jpamigrations.diff.RenameDiffTest.schema;
import static org.jpamigrations.diff.RenameDiffTest.table;

import java.sql.Types;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropIndex;
import org.junit.jupiter.api.Test;

/** The sort order of an index's columns is part of its definition. */
class IndexOrderDiffTest {

  private static final Column PLACED = Column.of("placed_at", ColumnType.of(Types.TIMESTAMP).precision(6));

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void aColumnThatNowDescendsRebuildsTheIndex() {
    Index ascending = Index.of("idx_recent", "placed_at");
    Index descending = ascending.descending("placed_at");
    Schema recorded = schema(table("orders", PLACED).withIndex(ascending));
    Schema mapped = schema(table("orders", PLACED).withIndex(descending));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropIndex("orders", "idx_recent"), new CreateIndex("orders", descending));
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
  }

  @Test
  void theSameOrderWrittenInAnotherCaseIsNoChange() {
    Schema recorded = schema(table("orders", PLACED).withIndex(Index.of("idx_recent", "placed_at").descending("PLACED_AT")));
    Schema mapped = schema(table("orders", PLACED).withIndex(Index.of("idx_recent", "placed_at").descending("placed_at")));

    assertThat(differ.diff(recorded, mapped).operations()).isEmpty();
  }
}
