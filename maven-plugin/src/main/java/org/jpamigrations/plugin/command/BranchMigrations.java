package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.plugin.project.GitChanges;

/**
 * Where a project's migrations are in git, to tell which of them the current branch adds or changes: a migration's
 * source file is {@code <source root>/<package path>/<class name>.java}, so a changed file of that folder names its
 * migration by class name.
 *
 * @param directory the project's base directory, inside the git work tree
 * @param sourceRoots the project's compile source roots
 * @param base the base branch ({@code migrations.lint.base}), or {@code null} for the first of
 *     {@link GitChanges#DEFAULT_BASES} that exists
 */
public record BranchMigrations(Path directory, List<Path> sourceRoots, String base) {

  public BranchMigrations {
    Path absolute = directory.toAbsolutePath().normalize();
    directory = absolute;
    sourceRoots = sourceRoots.stream().map(root -> absolute.resolve(root).normalize()).toList();
  }

  /**
   * @param base the base branch compared with
   * @param scripts the migrations whose source files the branch adds or changes, in the graph's order
   */
  public record Changed(String base, List<MigrationScript> scripts) {}

  /** The migrations of the graph whose source files the branch adds or changes against the base. */
  public Changed changed(String packageName, RevisionGraph graph) throws GitChanges.Unavailable {
    GitChanges.Changes changes = GitChanges.against(directory, base);
    String folder = packageName.replace('.', '/');
    List<Path> packageFolders = sourceRoots.stream().map(root -> root.resolve(folder)).toList();
    // Git resolves its top folder through links; the source roots may not: compare real paths.
    Set<String> classNames = changes.files().stream()
        .filter(file -> file.getFileName().toString().endsWith(".java"))
        .filter(file -> packageFolders.stream().anyMatch(packageFolder -> same(packageFolder, file.getParent())))
        .map(file -> file.getFileName().toString().replaceFirst("\\.java$", ""))
        .collect(Collectors.toSet());
    return new Changed(changes.base(),
        graph.ordered().stream().filter(script -> classNames.contains(script.type().getSimpleName())).toList());
  }

  private static boolean same(Path folder, Path other) {
    try {
      return folder.toRealPath().equals(other.toRealPath());
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
