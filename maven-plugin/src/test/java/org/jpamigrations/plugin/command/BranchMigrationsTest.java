package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.plugin.project.GitChanges;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which migrations a branch adds or changes, told by a real git repository built for the test. */
class BranchMigrationsTest {

  private static final String PACKAGE = "com.example.db.migrations";
  private static final String FOLDER = "src/main/java/com/example/db/migrations/";

  @TempDir
  Path project;

  @BeforeAll
  static void gitIsInstalled() {
    boolean installed;
    try {
      Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      installed = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      installed = false;
    }
    Assumptions.assumeTrue(installed, "git is not installed: the tests of the branch's migrations need it");
  }

  @Test
  void findsTheMigrationsTheBranchAddsChangesOrLeavesUntracked() throws Exception {
    git("init", "-q");
    git("symbolic-ref", "HEAD", "refs/heads/main");
    write(FOLDER + "M1_CreateCustomer.java");
    write(FOLDER + "M2_AddEmail.java");
    write("src/main/java/com/example/shop/Customer.java");
    git("add", ".");
    git("commit", "-q", "-m", "first migrations");

    git("checkout", "-q", "-b", "feature");
    write(FOLDER + "M3_DropFax.java"); // added and committed on the branch
    Files.writeString(project.resolve(FOLDER + "M2_AddEmail.java"), "// edited\n", StandardOpenOption.APPEND);
    write("src/main/java/com/example/shop/Customer.java"); // changed, but no migration
    git("add", ".");
    git("commit", "-q", "-m", "drop fax");

    // main moves on after the branch left it: its new migration is not the branch's
    git("checkout", "-q", "main");
    write(FOLDER + "M5_OnMain.java");
    git("add", ".");
    git("commit", "-q", "-m", "on main");
    git("checkout", "-q", "feature");
    write("src/migration-extra/java/com/example/db/migrations/M4_IndexEmail.java"); // untracked, another root
    write("src/main/java/com/example/other/M1_CreateCustomer.java"); // another package: no migration

    BranchMigrations.Changed changed = branch(null).changed(PACKAGE, graph());

    assertThat(changed.base()).isEqualTo("main");
    assertThat(changed.scripts()).extracting(MigrationScript::revision).containsExactly("2", "3", "4");
  }

  @Test
  void onTheBaseBranchOnlyUncommittedEditsCount() throws Exception {
    git("init", "-q");
    git("symbolic-ref", "HEAD", "refs/heads/master");
    write(FOLDER + "M1_CreateCustomer.java");
    git("add", ".");
    git("commit", "-q", "-m", "first migration");

    BranchMigrations.Changed changed = branch(null).changed(PACKAGE, graph());

    assertThat(changed.base()).isEqualTo("master");
    assertThat(changed.scripts()).isEmpty();

    // an edit not committed yet is the work's too
    Files.writeString(project.resolve(FOLDER + "M1_CreateCustomer.java"), "// edited\n", StandardOpenOption.APPEND);
    assertThat(branch(null).changed(PACKAGE, graph()).scripts()).extracting(MigrationScript::revision)
        .containsExactly("1");
  }

  @Test
  void aMissingBaseBranchSaysSoAndWhatToDo() throws Exception {
    git("init", "-q");
    git("symbolic-ref", "HEAD", "refs/heads/main");
    write(FOLDER + "M1_CreateCustomer.java");
    git("add", ".");
    git("commit", "-q", "-m", "first migration");

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

  private void write(String file) throws IOException {
    Path path = project.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "// " + path.getFileName() + " " + System.nanoTime() + "\n");
  }

  /** Git as a fresh CI machine runs it: no global identity, no default branch name, no signing. */
  private void git(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", String.join(" ", arguments), output).isZero();
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
