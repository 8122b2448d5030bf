package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

/**
 * The types fixtures: UUID, LOB, binary, date and time, floating point, a converter, a mapped
 * superclass with a version, an element collection and a unique index.
 */
class TypesH2ExportTest extends H2ExportOracle {

  @Override
  String fixture() {
    return "types";
  }

  @Test
  void aGeneratedColumnKeepsItsExpressionVerbatim() {
    assertThat(extracted.table("Sample").findColumn("doubled"))
        .contains(Column.of("doubled", ColumnType.of(Types.INTEGER)).withGeneratedAs("small * 2"));
  }

  @Test
  void aBasicArrayKeepsHibernatesTypeNameWithItsElementType() {
    assertThat(extracted.table("Sample").findColumn("scores"))
        .contains(Column.of("scores", ColumnType.of(Types.ARRAY).definedAs("integer array")));
  }

  @Test
  void aUniqueIndexBecomesAUniqueKey() {
    Table sample = extracted.table("Sample");

    assertThat(sample.uniqueConstraints()).containsExactly(new UniqueConstraint("idx_sample_code", java.util.List.of("code")));
    assertThat(sample.indexes()).isEmpty();
  }
}
