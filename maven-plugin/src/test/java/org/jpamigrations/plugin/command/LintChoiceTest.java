package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jpamigrations.lint.Review;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which migrations lint reviews without a database, and the one line that says why: those the branch adds when git
 * tells, else every one; {@code changed} asked for explicitly fails when git cannot tell.
 */
class LintChoiceTest {

  private static final String PACKAGE = "org.jpamigrations.plugin.command.diagramfixture";
  private static final String FOLDER = "src/main/java/org/jpamigrations/plugin/command/diagramfixture/";

  @TempDir
  Path project;

  private final CommandLoopTest.Lines log = new CommandLoopTest.Lines();

  @BeforeAll
  static void gitIsInstalled() {
    GitRepository.assumeInstalled();
  }

  @Test
  void byDefaultWithoutADatabaseTheBranchsMigrations() throws Exception {
    GitRepository repository = new GitRepository(project).init();
    repository.write(FOLDER + "M1_CreateLibrary.java");
    repository.commitAll("create library");
    repository.git("checkout", "-q", "-b", "loans");
    repository.write(FOLDER + "M2_AddLoans.java");

    List<Review> reviews = new LintCommand().run(request(LintCommand.PENDING), log);

    assertThat(reviews).extracting(review -> review.script().revision()).containsExactly("2");
    assertThat(log.infos).contains("Reviewing the 1 migration this branch adds or changes against main, as no database"
        + " is given (migrations.lint.migrations=all reviews every one)");
  }

  @Test
  void byDefaultOutsideGitEveryMigrationSayingWhy() {
    List<Review> reviews = new LintCommand().run(request(LintCommand.PENDING), log);

    assertThat(reviews).extracting(review -> review.script().revision()).containsExactly("1", "2");
    assertThat(log.infos).anyMatch(line -> line.startsWith("Reviewing every migration: no database is given, and git"
        + " cannot tell which this branch adds (") && line.contains("is not in a git work tree"));
  }

  @Test
  void changedAskedForFailsWhenGitCannotTell() {
    assertThatThrownBy(() -> new LintCommand().run(request(LintCommand.CHANGED), log))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("migrations.lint.migrations=changed cannot tell which migrations this branch adds: ")
        .hasMessageContaining("is not in a git work tree")
        .hasMessageContaining("name the migrations to review");
  }

  private LintCommand.Request request(String migrations) {
    return new LintCommand.Request(PACKAGE, LintChoiceTest.class.getClassLoader(), null, "jpa_migrations_history",
        migrations, List.of(), null, java.util.Optional.empty(), null, new BranchMigrations(project, null));
  }
}
