package org.jpamigrations.plugin.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.plugin.project.GitChanges;

/**
 * Where a project's migrations are in git, to tell which of them the current branch adds or changes: a migration's
 * source file is {@code <source root>/<package path>/<class name>.java}, so a changed file of the project in a
 * folder of that package names its migration by class name. Any source root counts: one added by a plugin (as
 * build-helper's add-source does) is known only to a build that ran it, and lint may run without building.
 *
 * @param directory the project's base directory, inside the git work tree
 * @param base the base branch ({@code migrations.lint.base}), or {@code null} for the first of
 *     {@link GitChanges#DEFAULT_BASES} that exists
 */
public record BranchMigrations(Path directory, String base) {

  /**
   * @param base the base branch compared with
   * @param scripts the migrations whose source files the branch adds or changes, in the graph's order
   */
  public record Changed(String base, List<MigrationScript> scripts) {}

  /** The migrations of the graph whose source files the branch adds or changes against the base. */
  public Changed changed(String packageName, RevisionGraph graph) throws GitChanges.Unavailable {
    GitChanges.Changes changes = GitChanges.against(directory, base);
    Path project = real(directory);
    Path folder = Path.of(packageName.replace('.', '/'));
    // Git gives the files under its top folder with links resolved: compare real paths.
    Set<String> classNames = changes.files().stream()
        .filter(file -> file.getFileName().toString().endsWith(".java"))
        .map(BranchMigrations::real)
        .filter(file -> file.startsWith(project) && file.getParent().endsWith(folder))
        .map(file -> file.getFileName().toString().replaceFirst("\\.java$", ""))
        .collect(Collectors.toSet());
    return new Changed(changes.base(),
        graph.ordered().stream().filter(script -> classNames.contains(script.type().getSimpleName())).toList());
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
