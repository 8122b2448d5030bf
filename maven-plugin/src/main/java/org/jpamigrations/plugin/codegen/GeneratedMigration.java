package org.jpamigrations.plugin.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * A migration source file that was written.
 *
 * @param className simple name of the class
 * @param file the {@code .java} file
 * @param destructive {@code describe()} of each {@code up()} operation that can lose data, for warnings
 */
public record GeneratedMigration(String className, Path file, List<String> destructive) {

  public GeneratedMigration {
    destructive = List.copyOf(destructive);
  }
}
