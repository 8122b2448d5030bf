package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.diff.RenameDiffTest.fold;
import static org.jpamigrations.diff.RenameDiffTest.schema;
import static org.jpamigrations.diff.RenameDiffTest.table;

import java.sql.Types;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.DropForeignKey;
import org.junit.jupiter.api.Test;

/** A foreign key's own definition is part of it: a changed text rebuilds the key. */
class ForeignKeyDefinitionDiffTest {

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void aDefinitionGivenOrChangedRebuildsTheKey() {
    ForeignKey plain = ForeignKey.named("fk_orders_user", "user_id").references("users", "id");
    ForeignKey defined = plain.definedAs("foreign key (user_id) references users (id) on update cascade");
    Schema recorded = schema(table("users"), table("orders", Column.of("user_id", ColumnType.of(Types.BIGINT)))
        .withForeignKey(plain));
    Schema mapped = schema(table("users"), table("orders", Column.of("user_id", ColumnType.of(Types.BIGINT)))
        .withForeignKey(defined));

    DiffResult result = differ.diff(recorded, mapped);

    assertThat(result.operations()).containsExactly(
        new DropForeignKey("orders", "fk_orders_user"), new AddForeignKey("orders", defined));
    assertThat(fold(recorded, result)).isEqualTo(SchemaNormalizer.normalize(mapped));
    assertThat(differ.diff(mapped, mapped).operations()).isEmpty();
  }
}
