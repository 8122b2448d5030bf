package org.jpamigrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.LockTimeout;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;
import org.junit.jupiter.api.Test;

/** Findings of a migration against the schema before it, and the acknowledgements that accept them. */
class ReviewTest {

  @Revision(id = "1")
  public static final class CreateCustomer implements Migration {
    @Override
    public void up(Operations op) {
      op.createTable(table("customer").column(column("id", bigint()).notNull()).column(column("fax", varchar(20)))
          .column(column("email", varchar(100))).column(column("note", varchar(200))).withPrimaryKey("id"));
      op.createIndex("customer", index("idx_customer_id", "id"));
    }

    @Override
    public void down(Operations op) {
      op.dropTable("customer");
    }
  }

  @Revision(id = "2", parent = "1")
  @Acknowledge(rule = "JM102", on = "customer.fax", reason = "no release reads fax since 2.3")
  @LockTimeout("2s")
  public static final class DropFaxIndexNote implements Migration {
    @Override
    public void up(Operations op) {
      op.dropColumn("customer", "fax");
      op.createIndex("customer", index("idx_customer_note", "note"));
      op.dropColumn("customer", "email");
    }

    @Override
    public void down(Operations op) {}
  }

  @Revision(id = "3", parent = "2")
  @Acknowledge(rule = "JM408", on = "customer", reason = "no long transactions on customer")
  public static final class AddTier implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("customer", column("tier", integer()));
    }

    @Override
    public void down(Operations op) {}
  }

  @Revision(id = "4", parent = "3")
  public static final class AddRank implements Migration {
    @Override
    public void up(Operations op) {
      op.addColumn("customer", column("rank", integer()));
    }

    @Override
    public void down(Operations op) {}
  }

  private static final RevisionGraph GRAPH = RevisionGraph.of(Stream.of(CreateCustomer.class, DropFaxIndexNote.class,
      AddTier.class, AddRank.class).map(ReviewTest::script).toList());

  private static MigrationScript script(Class<? extends Migration> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return new MigrationScript(revision.id(), List.of(revision.parent()), "", "", type);
  }

  @Test
  void aTableTheMigrationCreatesRaisesNothing() {
    assertThat(Review.of(GRAPH, GRAPH.get("1"), Lint.all(), null).findings()).isEmpty();
  }

  @Test
  void theAcknowledgementAcceptsTheStepItNamesOnly() {
    Review review = Review.of(GRAPH, GRAPH.get("2"), Lint.all(), "postgresql");

    assertThat(review.findings())
        .extracting(f -> f.finding().rule().code() + "@" + f.finding().step(), Review.Reviewed::acknowledged)
        .containsExactly(
            tuple("JM102@1", Optional.of("no release reads fax since 2.3")),
            tuple("JM401@2", Optional.empty()),
            tuple("JM102@3", Optional.empty()));
    assertThat(review.failing(Severity.DANGER)).extracting(f -> f.finding().step()).containsExactly(3);
    assertThat(review.failing(Severity.CAUTION)).extracting(f -> f.finding().step()).containsExactly(2, 3);
    assertThat(review.findings().get(0).describe())
        .contains("DANGER JM102 at step 1: drop column customer.fax", "docs/lint.md#jm102",
            "Acknowledged: no release reads fax since 2.3");
  }

  @Test
  void aLockWithoutALockTimeoutIsFoundUnlessTheRunHasOneAndAnAcknowledgementAcceptsIt() {
    assertThat(Review.of(GRAPH, GRAPH.get("3"), Lint.all(), "postgresql").findings())
        .extracting(f -> f.finding().rule().code() + "@" + f.finding().step(), Review.Reviewed::acknowledged)
        .containsExactly(tuple("JM408@1", Optional.of("no long transactions on customer")));
    Review rank = Review.of(GRAPH, GRAPH.get("4"), Lint.all(), "postgresql");
    assertThat(rank.failing(Severity.CAUTION)).extracting(f -> f.finding().rule().code()).containsExactly("JM408");
    assertThat(rank.findings().get(0).describe()).contains("CAUTION JM408 on postgresql at step 1: add column"
        + " customer.rank", "@LockTimeout", "docs/lint.md#jm408");

    assertThat(Review.of(GRAPH, GRAPH.get("4"), Lint.all(), "postgresql",
        Optional.of(new LockWait(Duration.ofSeconds(2), 5))).findings()).isEmpty();
    assertThat(Review.of(GRAPH, GRAPH.get("4"), Lint.all(), "mariadb").findings()).isEmpty();
  }

  @Test
  void onOneDatabaseOnlyItsRulesAndTheGeneralOnesApply() {
    assertThat(Review.of(GRAPH, GRAPH.get("2"), Lint.all(), "h2").findings())
        .extracting(f -> f.finding().rule().code()).containsExactly("JM102", "JM102");
  }
}
