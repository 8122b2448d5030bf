package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check constraints as Hibernate's export declares them, per dialect; the sort order of index columns;
 * a foreign key's own definition.
 */
class CheckExtractionTest {

  @TempDir Path classes;

  @Test
  void columnChecksThenTableChecksUnnamedOnesNamedAfterTableAndCondition() throws Exception {
    Table gauge = read("org.hibernate.dialect.H2Dialect");

    // H2 stores a string enum in its own enum type, which needs no check; an ordinal one gets its range.
    assertThat(gauge.checks()).containsExactly(
        new CheckConstraint("ck_gauge_high", "high > 0"),
        CheckConstraint.named("Gauge", "level between 0 and 1"),
        CheckConstraint.named("Gauge", "low >= 0"),
        new CheckConstraint("ck_gauge_range", "low <= high"),
        CheckConstraint.named("Gauge", "high < 1000"));
  }

  @Test
  void aStringEnumStoredAsVarcharGetsTheCheckOfItsValues() throws Exception {
    Table gauge = read("org.hibernate.dialect.PostgreSQLDialect");

    assertThat(gauge.checks()).contains(CheckConstraint.named("Gauge", "mode in ('OFF','ON')"))
        .contains(CheckConstraint.named("Gauge", "level between 0 and 1"))
        .hasSize(6);
  }

  @Test
  void indexColumnsKeepTheirSortOrder() throws Exception {
    Table gauge = read("org.hibernate.dialect.H2Dialect");

    assertThat(gauge.findIndex("idx_gauge_levels"))
        .contains(Index.of("idx_gauge_levels", "high", "low").descending("high"));
  }

  @Test
  void aForeignKeyDefinitionIsKeptVerbatim() throws Exception {
    Table gauge = read("org.hibernate.dialect.H2Dialect");

    assertThat(gauge.findForeignKey("fk_gauge_parent")).contains(
        ForeignKey.named("fk_gauge_parent", "parent_id").references("Gauge", "id")
            .definedAs("foreign key (parent_id) references Gauge (id) on delete cascade"));
  }

  private Table read(String dialect) throws Exception {
    return MappingReader.read(FixtureClasses.copy("checks", classes), getClass().getClassLoader(),
        Map.of("hibernate.dialect", dialect)).table("Gauge");
  }
}
