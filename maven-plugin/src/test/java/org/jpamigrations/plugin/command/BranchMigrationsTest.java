package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.plugin.project.GitChanges;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which migrations a branch adds or changes, told by a real git repository built for the test. */
class BranchMigrationsTest {

  private static final String PACKAGE = "com.example.db.migrations";
  private static final String FOLDER = "src/main/java/com/example/db/migrations/";

  @TempDir
  Path project;

  private GitRepository repository;

  @BeforeAll
  static void gitIsInstalled() {
    GitRepository.assumeInstalled();
  }

  @BeforeEach
  void repository() {
    repository = new GitRepository(project);
  }

  @Test
  void findsTheMigrationsTheBranchAddsChangesOrLeavesUntracked() throws Exception {
    repository.init();
    repository.write(FOLDER + "M1_CreateCustomer.java");
    repository.write(FOLDER + "M2_AddEmail.java");
    repository.write("src/main/java/com/example/shop/Customer.java");
    repository.commitAll("first migrations");

    repository.git("checkout", "-q", "-b", "feature");
    repository.write(FOLDER + "M3_DropFax.java"); // added and committed on the branch
    Files.writeString(project.resolve(FOLDER + "M2_AddEmail.java"), "// edited\n", StandardOpenOption.APPEND);
    repository.write("src/main/java/com/example/shop/Customer.java"); // changed, but no migration
    repository.commitAll("drop fax");

    // main moves on after the branch left it: its new migration is not the branch's
    repository.git("checkout", "-q", "main");
    repository.write(FOLDER + "M5_OnMain.java");
    repository.commitAll("on main");
    repository.git("checkout", "-q", "feature");
    repository.write("src/migration-extra/java/com/example/db/migrations/M4_IndexEmail.java"); // untracked, another root
    repository.write("src/main/java/com/example/other/M1_CreateCustomer.java"); // another package: no migration

    BranchMigrations.Changed changed = branch(null).changed(PACKAGE, graph());

    assertThat(changed.base()).isEqualTo("main");
    assertThat(changed.scripts()).extracting(MigrationScript::revision).containsExactly("2", "3", "4");
  }

  @Test
  void onTheBaseBranchOnlyUncommittedEditsCount() throws Exception {
    repository.init();
    repository.git("symbolic-ref", "HEAD", "refs/heads/master");
    repository.write(FOLDER + "M1_CreateCustomer.java");
    repository.commitAll("first migration");

    BranchMigrations.Changed changed = branch(null).changed(PACKAGE, graph());

    assertThat(changed.base()).isEqualTo("master");
    assertThat(changed.scripts()).isEmpty();

    Files.writeString(project.resolve(FOLDER + "M1_CreateCustomer.java"), "// edited\n", StandardOpenOption.APPEND);
    assertThat(branch(null).changed(PACKAGE, graph()).scripts()).extracting(MigrationScript::revision)
        .containsExactly("1");
  }

  @Test
  void aMissingBaseBranchSaysSoAndWhatToDo() throws Exception {
    repository.init();
    repository.write(FOLDER + "M1_CreateCustomer.java");
    repository.commitAll("first migration");

    assertThatThrownBy(() -> branch("release").changed(PACKAGE, graph()))
        .isInstanceOf(GitChanges.Unavailable.class)
        .hasMessageContaining("the base branch 'release' (migrations.lint.base) does not exist here")
        .hasMessageContaining("git fetch origin release");
  }

  @Test
  void outsideAGitWorkTreeItSaysSo() {
    assertThatThrownBy(() -> branch(null).changed(PACKAGE, graph()))
        .isInstanceOf(GitChanges.Unavailable.class)
        .hasMessageContaining("is not in a git work tree");
  }

  private BranchMigrations branch(String base) {
    return new BranchMigrations(project, base);
  }

  private static RevisionGraph graph() {
    return RevisionGraph.allowingHeads(List.of(
        script("1", null, M1_CreateCustomer.class),
        script("2", "1", M2_AddEmail.class),
        script("3", "2", M3_DropFax.class),
        script("4", "3", M4_IndexEmail.class),
        script("5", "4", M5_OnMain.class)));
  }

  private static MigrationScript script(String revision, String parent, Class<? extends Migration> type) {
    return new MigrationScript(revision, parent == null ? List.of() : List.of(parent), "", "", type);
  }

  /** The migrations' classes: only their simple names matter, which name their source files. */
  abstract static class Empty implements Migration {
    @Override
    public void up(Operations op) {}

    @Override
    public void down(Operations op) {}
  }

  static final class M1_CreateCustomer extends Empty {}

  static final class M2_AddEmail extends Empty {}

  static final class M3_DropFax extends Empty {}

  static final class M4_IndexEmail extends Empty {}

  static final class M5_OnMain extends Empty {}
}
