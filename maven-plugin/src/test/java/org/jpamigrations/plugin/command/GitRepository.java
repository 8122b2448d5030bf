package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** A git repository the test builds in a folder, as a fresh CI machine would: no identity, no default branch. */
final class GitRepository {

  private final Path folder;

  GitRepository(Path folder) {
    this.folder = folder;
  }

  /** Skips the test, saying why, where git is not installed. */
  static void assumeInstalled() {
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

  /** {@code git init} with {@code main} as the current branch. */
  GitRepository init() throws Exception {
    git("init", "-q");
    git("symbolic-ref", "HEAD", "refs/heads/main");
    return this;
  }

  /** Writes a file with content of its own, creating its folders. */
  void write(String file) throws IOException {
    Path path = folder.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "// " + path.getFileName() + " " + System.nanoTime() + "\n");
  }

  /** Adds every file and commits them. */
  void commitAll(String message) throws Exception {
    git("add", ".");
    git("commit", "-q", "-m", message);
  }

  void git(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", String.join(" ", arguments), output).isZero();
  }
}
