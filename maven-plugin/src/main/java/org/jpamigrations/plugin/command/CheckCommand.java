package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.util.Map;
import org.jpamigrations.diff.ModelChanges;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.concurrent.Background;
import org.jpamigrations.plugin.extract.MappedSchema;
import org.jpamigrations.plugin.extract.MappingReader;

/**
 * Fails when the entities have changes no migration captures: for CI, so that an entity change
 * never reaches the main branch without its migration. Needs no database.
 */
public final class CheckCommand {

  /**
   * @param classesDirectory the project's compiled classes, where the entities are
   * @param packageName the migrations package
   * @param classLoader the project's class loader
   * @param hibernateSettings settings for reading the mapping: dialect, naming strategies
   */
  public record Request(
      Path classesDirectory, String packageName, ClassLoader classLoader, Map<String, String> hibernateSettings) {}

  /** Returns the (empty) changes when the migrations capture every entity change; throws otherwise. */
  public ModelChanges run(Request request, Reporter reporter) {
    Background<RevisionGraph> reading = Background.start("reading the migrations",
        () -> RevisionGraph.of(MigrationLoader.load(request.classLoader(), request.packageName())));
    // A history that cannot be read is the first thing to fix.
    MappedSchema mapped = reading.alongside(() ->
        MappingReader.readMapped(request.classesDirectory(), request.classLoader(), request.hibernateSettings()));
    RevisionGraph graph = reading.join();
    MappingLog.report(mapped, reporter);
    ModelChanges changes = ModelChanges.between(graph, mapped.schema());
    if (!changes.isEmpty()) {
      throw new MigrationException(changes.describe()
          + "\nRun mvn migrations:generate -Dmigrations.message=\"...\" and commit the migration with the entities.");
    }
    reporter.info(changes.describe());
    return changes;
  }
}
