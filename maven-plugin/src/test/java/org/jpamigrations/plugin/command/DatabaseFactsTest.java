package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.lint.TableSizes;
import org.junit.jupiter.api.Test;

/** What lint learns from its database: the table sizes when it answers, else one line saying why they are unknown. */
class DatabaseFactsTest {

  private final CommandLoopTest.Lines log = new CommandLoopTest.Lines();

  @Test
  void readsTheSizesOnceFromADatabaseThatAnswers() throws Exception {
    String url = "jdbc:h2:mem:facts;DB_CLOSE_DELAY=-1";
    try (Connection keep = DriverManager.getConnection(url, "sa", ""); Statement statement = keep.createStatement()) {
      statement.execute("create table customers (id bigint primary key)");
      statement.execute("insert into customers select x from system_range(1, 1200)");

      DatabaseFacts facts = DatabaseFacts.read(request(new Database(url, "sa", "")), graph(), log);

      assertThat(facts.sizes().of("customers")).map(TableSizes.Estimate::rows).contains(1200L);
      assertThat(facts.pending()).isEmpty(); // migrations=all: pending is not asked for
      assertThat(log.warnings).isEmpty();
      assertThat(log.infos).singleElement().asString().startsWith("Table sizes from the statistics of jdbc:h2:mem:facts");
    }
  }

  @Test
  void withoutADatabaseTheSizesAreUnknownAndOneLineSaysWhy() {
    DatabaseFacts facts = DatabaseFacts.read(request(null), graph(), log);

    assertThat(facts.sizes()).isEqualTo(TableSizes.UNKNOWN);
    assertThat(log.warnings).isEmpty();
    assertThat(log.infos).containsExactly("Table sizes unknown: no database given");
  }

  @Test
  void aDatabaseThatDoesNotAnswerLeavesTheSizesUnknown() {
    DatabaseFacts facts = DatabaseFacts.read(request(new Database("jdbc:h2:file:/nonexistent/dir/db;IFEXISTS=TRUE",
        "sa", "")), graph(), log);

    assertThat(facts.sizes()).isEqualTo(TableSizes.UNKNOWN);
    assertThat(log.warnings).isEmpty();
    assertThat(log.infos).singleElement().asString().startsWith("Table sizes unknown: the database cannot be read (");
  }

  private static LintCommand.Request request(Database database) {
    return new LintCommand.Request("com.example.none", DatabaseFactsTest.class.getClassLoader(), database,
        "jpa_migrations_history", LintCommand.ALL, List.of(), null);
  }

  private static RevisionGraph graph() {
    return RevisionGraph.allowingHeads(List.of());
  }
}
