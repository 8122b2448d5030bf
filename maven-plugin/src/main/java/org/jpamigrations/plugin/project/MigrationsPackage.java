package org.jpamigrations.plugin.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a project has a migrations package yet, judged from its files alone, before anything is compiled: a
 * source file of the package under a source root, or a class already compiled into it. The migrations of a package
 * are its own classes, not those of the packages under it.
 */
public final class MigrationsPackage {

  private MigrationsPackage() {}

  /**
   * @param packageName the migrations package
   * @param sourceRoots the project's compile source roots
   * @param classes the project's classes directory
   */
  public static boolean exists(String packageName, List<Path> sourceRoots, Path classes) {
    String folder = packageName.replace('.', '/');
    return sourceRoots.stream().anyMatch(root -> holds(root.resolve(folder), ".java"))
        || holds(classes.resolve(folder), ".class");
  }

  private static boolean holds(Path folder, String extension) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(extension) && Files.isRegularFile(file));
    } catch (IOException e) {
      return false;
    }
  }
}
