package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aUniqueIndexBecomesAUniqueKey() {
    Table sample = extracted.table("Sample");

    assertThat(sample.uniqueConstraints()).containsExactly(new UniqueConstraint("idx_sample_code", java.util.List.of("code")));
    assertThat(sample.indexes()).isEmpty();
  }
}
