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

    // The checks an enum's type implies (its range, its names) are left to the type: see the test below.
    assertThat(gauge.checks()).containsExactly(
        new CheckConstraint("ck_gauge_high", "high > 0"),
        CheckConstraint.named("Gauge", "low >= 0"),
        new CheckConstraint("ck_gauge_range", "low <= high"),
        CheckConstraint.named("Gauge", "high < 1000"));
  }

  @Test
  void enumsReadAlikeWhetherTheDatabaseHasANativeEnumTypeOrAddsAChecks() throws Exception {
    Table onH2 = read("org.hibernate.dialect.H2Dialect");
    Table onPostgreSql = read("org.hibernate.dialect.PostgreSQLDialect");

    // PostgreSQL's export adds "mode in ('OFF','ON')" and "level between 0 and 1"; H2's only the range.
    assertThat(onPostgreSql.checks()).isEqualTo(onH2.checks()).hasSize(4);
    assertThat(onPostgreSql.findColumn("mode")).isEqualTo(onH2.findColumn("mode"));
    assertThat(onH2.findColumn("mode").orElseThrow().type().values()).containsExactly("OFF", "ON");
    assertThat(onH2.findColumn("level").orElseThrow().type().byOrdinal()).isTrue();
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
    Path copied = classes.resolve(dialect.substring(dialect.lastIndexOf('.') + 1));
    return MappingReader.read(FixtureClasses.copy("checks", copied), getClass().getClassLoader(),
        Map.of("hibernate.dialect", dialect)).table("Gauge");
  }
}
