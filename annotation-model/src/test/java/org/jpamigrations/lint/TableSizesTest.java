package org.jpamigrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

/** The estimated rows shown with findings: a fact next to the finding, which never changes what fires or how much. */
class TableSizesTest {

  private static final Table CUSTOMERS = table("customers")
      .column(column("id", bigint()).notNull())
      .column(column("email", varchar(100)))
      .column(column("note", varchar(100)))
      .withPrimaryKey("id");
  private static final Table ORDERS = table("orders").column(column("id", bigint()).notNull());
  private static final Schema BEFORE = Schema.EMPTY.withTable(CUSTOMERS).withTable(ORDERS);

  private static final CreateIndex INDEX_CUSTOMERS = new CreateIndex("customers", index("ix_email", "email"), false);

  @Test
  void aFindingOnAnExistingTableShowsItsEstimatedRows() {
    List<Finding> findings = check(List.of(INDEX_CUSTOMERS), new TableSizes(Map.of("public.customers", 1_200_000L,
        "customers", 1_200_000L)));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.rule().code()).isEqualTo("JM401");
      assertThat(finding.size()).contains(new TableSizes.Estimate("customers", 1_200_000L));
      assertThat(finding.describe()).contains("at step 1: create index ix_email on customers[email]"
          + " (customers: about 1,200,000 rows): ");
    });
  }

  @Test
  void anEmptyTableSaysSoForLocksButNotForDataLoss() {
    TableSizes empty = new TableSizes(Map.of("CUSTOMERS", 0L));

    assertThat(check(List.of(INDEX_CUSTOMERS), empty)).singleElement()
        .satisfies(finding -> assertThat(finding.describe()).contains("(customers: empty)"));
    List<Finding> drop = Lint.all().check(BEFORE, List.of(new DropColumn("customers", "note")), null, false, empty);
    assertThat(drop).filteredOn(f -> f.rule().code().equals("JM102")).singleElement().satisfies(finding -> {
      assertThat(finding.describe()).doesNotContain("empty");
      assertThat(finding.describe()).contains("(customers: about 0 rows)");
    });
  }

  @Test
  void severitiesAndFindingsAreTheSameWithOrWithoutSizes() {
    List<Operation> steps = List.of(INDEX_CUSTOMERS, new DropColumn("customers", "note"));
    List<Finding> without = Lint.all().check(BEFORE, steps, "postgresql", true);
    List<Finding> with = check(steps, new TableSizes(Map.of("customers", 0L)));

    assertThat(with).extracting(f -> f.rule().code() + " " + f.rule().severity() + " " + f.step())
        .containsExactlyElementsOf(without.stream()
            .map(f -> f.rule().code() + " " + f.rule().severity() + " " + f.step()).toList());
    assertThat(without).allSatisfy(finding -> assertThat(finding.size()).isEmpty());
  }

  @Test
  void unknownTablesAndTablesTheMigrationCreatedShowNoSize() {
    TableSizes sizes = new TableSizes(Map.of("orders", 5L));
    assertThat(check(List.of(INDEX_CUSTOMERS), sizes)).singleElement()
        .satisfies(finding -> assertThat(finding.size()).isEmpty());

    // a table of the same name created earlier in the migration is new, whatever the database says
    Schema none = Schema.EMPTY;
    List<Finding> fresh = Lint.all().check(none, List.of(new CreateTable(CUSTOMERS), INDEX_CUSTOMERS), null,
        false, new TableSizes(Map.of("customers", 7L)));
    assertThat(fresh).allSatisfy(finding -> assertThat(finding.size()).isEmpty());
  }

  @Test
  void namesMatchAsTheModelComparesThem() {
    TableSizes sizes = new TableSizes(Map.of("APP.CUSTOMERS", 3L, "CUSTOMERS", 3L, "Orders", 9L));

    assertThat(sizes.of("customers")).contains(new TableSizes.Estimate("customers", 3L));
    assertThat(sizes.of("app.customers")).map(TableSizes.Estimate::rows).contains(3L);
    assertThat(sizes.of("`Orders`")).map(TableSizes.Estimate::rows).contains(9L);
    // a quoted name matches only its exact spelling
    assertThat(sizes.of("`orders`")).isEmpty();
    assertThat(sizes.of("other")).isEqualTo(Optional.empty());
    assertThat(TableSizes.UNKNOWN.of("customers")).isEmpty();
  }

  private static List<Finding> check(List<Operation> steps, TableSizes sizes) {
    // with a lock timeout, so that JM408 (the migration as a whole) stays out of the way
    return Lint.all().check(BEFORE, steps, "postgresql", true, sizes);
  }
}
