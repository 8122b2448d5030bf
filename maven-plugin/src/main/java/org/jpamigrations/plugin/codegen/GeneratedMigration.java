package org.jpamigrations.plugin.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * A migration source file that was written.
 *
 * @param className simple name of the class
 * @param file the {@code .java} file
 * @param destructive {@code describe()} of each {@code up()} operation that can lose data, for warnings
 * @param zeroFilled the NOT NULL columns ({@code table.column}) that {@code down()} restores with the
 *     zero of their type in every row, since {@code up()} drops their values
 */
public record GeneratedMigration(String className, Path file, List<String> destructive, List<String> zeroFilled) {

  public GeneratedMigration {
    destructive = List.copyOf(destructive);
    zeroFilled = List.copyOf(zeroFilled);
  }
}
