package org.jpamigrations.plugin.command;

import java.util.List;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.model.Schema;
import org.jpamigrations.plugin.concurrent.Background;

/**
 * The existing migrations as {@code generate} needs them: their revisions, the head a new migration follows, and
 * the schema they record. {@link #start} reads them on a thread of their own while {@code generate} reads the
 * mapping, which does not need them.
 *
 * @param head the revision a new migration follows; {@code null} before the first
 */
record RecordedHistory(List<MigrationScript> scripts, String head, Schema schema) {

  static RecordedHistory read(ClassLoader loader, String packageName) {
    List<MigrationScript> scripts = MigrationLoader.load(loader, packageName);
    RevisionGraph graph = RevisionGraph.of(scripts);
    String head = graph.head().map(MigrationScript::revision).orElse(null);
    return new RecordedHistory(scripts, head, graph.schemaAt(head));
  }

  /** Starts reading the history beside the caller; {@link Background#join} waits for it. */
  static Background<RecordedHistory> start(ClassLoader loader, String packageName) {
    return Background.start("reading the migrations", () -> read(loader, packageName));
  }
}
