package org.jpamigrations.plugin.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The files the current branch adds or changes against a base branch, as git itself tells: those committed since
 * the branch left the base, those changed and not committed yet, and the untracked ones. Git runs as a process, no
 * shell, from the given directory; no git library is needed for three commands.
 */
public final class GitChanges {

  /** Tried in this order when no base is given: the remote's main branch is the one a pull request targets. */
  public static final List<String> DEFAULT_BASES = List.of("origin/main", "main", "master");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /**
   * @param base the base branch the files were compared with
   * @param files the files added or changed since the branch left it, absolute; deleted ones are left out
   */
  public record Changes(String base, Set<Path> files) {
    public Changes {
      files = Set.copyOf(files);
    }
  }

  /** Why git cannot tell: the message says what failed, why, and what to do. */
  public static class Unavailable extends Exception {
    Unavailable(String message) {
      super(message);
    }
  }

  private GitChanges() {}

  /**
   * @param directory a directory inside the work tree (the project's)
   * @param base the base branch or any commit, or {@code null} for the first of {@link #DEFAULT_BASES} that exists
   */
  public static Changes against(Path directory, String base) throws Unavailable {
    Path top;
    try {
      top = Path.of(git(directory, "rev-parse", "--show-toplevel").strip());
    } catch (Failed e) {
      throw new Unavailable(directory + " is not in a git work tree (" + e.getMessage() + "); run from a clone of"
          + " the repository, or name the migrations to review");
    }
    String chosen = base == null || base.isBlank() ? defaultBase(directory) : verified(directory, base.strip());
    String mergeBase;
    try {
      mergeBase = git(directory, "merge-base", chosen, "HEAD").strip();
    } catch (Unavailable e) {
      throw new Unavailable("HEAD and " + chosen + " have no common commit here (" + e.getMessage() + "): a shallow"
          + " checkout lacks it; fetch the history (fetch-depth: 0, or git fetch --unshallow origin " + chosen + ")");
    }
    Set<Path> files = new TreeSet<>();
    // Against the merge base, the working tree: committed and not yet committed changes alike; no renames, so that
    // a moved file counts as added.
    for (String name : git(directory, "diff", "--name-only", "--no-renames", "--diff-filter=AM", "-z", mergeBase)
        .split("\0")) {
      if (!name.isEmpty()) {
        files.add(top.resolve(name));
      }
    }
    files.addAll(uncommitted(top, git(directory, "status", "--porcelain", "-z", "--untracked-files=all")));
    files.removeIf(file -> !Files.isRegularFile(file));
    return new Changes(chosen, files);
  }

  /** The first of {@link #DEFAULT_BASES} that names a commit here. */
  static String defaultBase(Path directory) throws Unavailable {
    for (String candidate : DEFAULT_BASES) {
      if (commitExists(directory, candidate)) {
        return candidate;
      }
    }
    throw new Unavailable("no base branch: none of " + String.join(", ", DEFAULT_BASES) + " exists here; fetch the"
        + " base branch (git fetch origin main) or name it with migrations.lint.base");
  }

  private static String verified(Path directory, String base) throws Unavailable {
    if (!commitExists(directory, base)) {
      throw new Unavailable("the base branch '" + base + "' (migrations.lint.base) does not exist here; fetch it"
          + " (git fetch origin " + base.replaceFirst("^origin/", "") + ") or name another");
    }
    return base;
  }

  private static boolean commitExists(Path directory, String ref) throws Unavailable {
    try {
      git(directory, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
      return true;
    } catch (Failed e) {
      return false;
    }
  }

  /**
   * The paths {@code git status --porcelain -z} lists, but deleted ones: each entry is {@code XY path}; a rename or
   * copy is followed by its original path, which is skipped.
   */
  static List<Path> uncommitted(Path top, String status) {
    List<Path> files = new ArrayList<>();
    List<String> entries = Arrays.asList(status.split("\0"));
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      if (entry.length() < 4) {
        continue;
      }
      char index = entry.charAt(0);
      if (index == 'R' || index == 'C') {
        i++;
      }
      if (index != 'D' && entry.charAt(1) != 'D') {
        files.add(top.resolve(entry.substring(3)));
      }
    }
    return files;
  }

  /** A git command that ran and failed: its error output is the message. */
  private static final class Failed extends Unavailable {
    Failed(String message) {
      super(message);
    }
  }

  /** Runs git with the arguments in the directory, and its standard output; fails with its error output. */
  private static String git(Path directory, String... arguments) throws Unavailable {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    // Never prompt for credentials nor take the index lock that git status would otherwise refresh.
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new Unavailable("git cannot be run (" + e.getMessage() + "); install git, or name the migrations to review");
    }
    // Both streams are read while git runs, so that neither fills its pipe and blocks it.
    CompletableFuture<String> output = read(process.getInputStream());
    CompletableFuture<String> errors = read(process.getErrorStream());
    try {
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new Unavailable("git " + String.join(" ", arguments) + " did not finish within " + TIMEOUT.toSeconds()
            + " seconds in " + directory);
      }
      if (process.exitValue() != 0) {
        String error = errors.get().strip();
        throw new Failed("git " + String.join(" ", arguments) + " failed: "
            + (error.isEmpty() ? "exit code " + process.exitValue() : error.lines().findFirst().orElse(error)));
      }
      return output.get();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while git " + arguments[0] + " ran");
    } catch (IOException | ExecutionException e) {
      throw new Unavailable("the output of git " + arguments[0] + " cannot be read (" + e.getMessage() + ")");
    }
  }

  private static CompletableFuture<String> read(InputStream stream) {
    CompletableFuture<String> text = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (stream) {
        text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException | UncheckedIOException e) {
        text.completeExceptionally(e);
      }
    }, "git-output");
    reader.setDaemon(true);
    reader.start();
    return text;
  }
}
