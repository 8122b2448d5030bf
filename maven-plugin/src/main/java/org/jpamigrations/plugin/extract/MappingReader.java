package org.jpamigrations.plugin.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;

/**
 * Reads the schema that the project's JPA entities describe: scans the compiled classes, builds
 * Hibernate's mapping without a database, and extracts what Hibernate's schema export would create.
 */
public final class MappingReader {

  private MappingReader() {}

  /**
   * @param classesDirectory the project's compiled classes ({@code target/classes})
   * @param projectLoader a class loader that sees the project's classes and their dependencies
   * @param settings Hibernate settings, such as {@code hibernate.dialect}; H2 when none is given
   * @return the schema, tables and sequences sorted by name
   * @throws MigrationException when there are no entities or the mapping is invalid
   */
  public static Schema read(Path classesDirectory, ClassLoader projectLoader, Map<String, String> settings) {
    return readMapped(classesDirectory, projectLoader, settings).schema();
  }

  /**
   * Like {@link #read}, with the former names that the entities declare with {@code @RenamedFrom}.
   *
   * @throws MigrationException when there are no entities or the mapping is invalid
   */
  public static MappedSchema readMapped(Path classesDirectory, ClassLoader projectLoader, Map<String, String> settings) {
    EntityScanner.Result scan = EntityScanner.scan(classesDirectory, projectLoader);
    if (scan.entityCount() == 0) {
      throw new MigrationException("No @Entity classes found in " + classesDirectory
          + ". Add JPA entities to the project, or check that it compiled." + unloadableNote(scan.unloadable()));
    }
    try {
      return HibernateBoot.withMetadata(scan.classes(), projectLoader, settings,
          metadata -> new MappedSchema(SchemaExtractor.extract(metadata), RenameHintReader.read(metadata)));
    } catch (RuntimeException | LinkageError e) {
      if (e instanceof MigrationException migrationException) {
        throw migrationException;
      }
      throw new MigrationException("The JPA mapping is invalid: " + rootMessage(e)
          + ". Fix the entity it names and run again." + unloadableNote(scan.unloadable()), e);
    }
  }

  /** The message of the innermost cause, where Hibernate says what is actually wrong. */
  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    String message = null;
    while (root != null) {
      if (root.getMessage() != null && !root.getMessage().isBlank()) {
        message = root.getMessage();
      }
      root = root.getCause() == root ? null : root.getCause();
    }
    if (message == null) {
      message = failure.getClass().getName();
    }
    message = message.strip();
    return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }

  private static String unloadableNote(List<String> unloadable) {
    if (unloadable.isEmpty()) {
      return "";
    }
    return " These classes could not be loaded and were skipped: " + String.join(", ", unloadable) + ".";
  }
}
