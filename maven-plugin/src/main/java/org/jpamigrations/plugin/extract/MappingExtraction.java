package org.jpamigrations.plugin.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hibernate.Version;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.extract.SchemaExtractor;
import org.jpamigrations.plugin.concurrent.Background;

/**
 * Scans the compiled classes, boots Hibernate on them and extracts the schema, with whichever
 * Hibernate the class loader of this class links to: the plugin's own, or, loaded by an
 * {@link ExtractionClassLoader}, the project's. Only JDK types and the model go in and out, so that
 * {@link MappingReader} can call it across that class loader.
 */
final class MappingExtraction {

  private MappingExtraction() {}

  /**
   * @param classesDirectory the project's compiled classes
   * @param loader loads the project's classes, linked against the Hibernate that loaded this class
   * @param settings Hibernate settings
   * @param projects whether that Hibernate is the project's own
   * @throws MigrationException when there are no entities or the mapping is invalid
   */
  static MappedSchema read(Path classesDirectory, ClassLoader loader, Map<String, String> settings, boolean projects) {
    MappingHibernate hibernate = new MappingHibernate(Version.getVersionString(), projects);
    // In a new JVM both are mostly class loading, of different classes: Hibernate's services start while the
    // classes are scanned. A scan that finds no entity is still what is reported, as if it had come first.
    Background<EntityScanner.Result> scanning = Background.start("scanning the classes",
        () -> withEntities(EntityScanner.scan(classesDirectory, loader), classesDirectory));
    try {
      return scanning.alongside(() -> HibernateBoot.withMetadata(() -> scanning.join().classes(), loader, settings,
          metadata -> new MappedSchema(SchemaExtractor.extract(metadata), RenameHintReader.read(metadata), hibernate)));
    } catch (IncompatibleClassChangeError e) {
      // A method or field the extractor calls is missing or changed: not a version it can read with.
      throw new MigrationException("Cannot read the mapping with " + hibernate.describe() + ": " + rootMessage(e)
          + ". The plugin reads mappings with Hibernate 6.6 and 7; see docs/troubleshooting.md.", e);
    } catch (RuntimeException | LinkageError e) {
      if (e instanceof MigrationException migrationException) {
        throw migrationException;
      }
      throw new MigrationException("The JPA mapping is invalid: " + rootMessage(e)
          + ". Fix the entity or the setting it names and run again." + unloadableNote(scanning.join().unloadable()),
          e);
    }
  }

  private static EntityScanner.Result withEntities(EntityScanner.Result scan, Path classesDirectory) {
    if (scan.entityCount() == 0) {
      throw new MigrationException("No @Entity classes found in " + classesDirectory
          + ". Add JPA entities to the project, or check that it compiled; entities of another module are read"
          + " where they are compiled, so run the goal there." + unloadableNote(scan.unloadable()));
    }
    return scan;
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
