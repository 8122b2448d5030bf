package org.jpamigrations.plugin.command;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;

/**
 * The existing migrations as {@code generate} needs them: their revisions, the head a new migration follows, and
 * the schema they record. {@link #start} reads them on a thread of their own while {@code generate} reads the
 * mapping: neither needs the other, and in a new JVM each spends most of its time loading classes.
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

  /** Starts reading the history beside the caller; {@link Reading#join} waits for it. */
  static Reading start(ClassLoader loader, String packageName) {
    FutureTask<RecordedHistory> task = new FutureTask<>(() -> read(loader, packageName));
    Thread thread = new Thread(task, "migrations-history");
    thread.setDaemon(true);
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    thread.start();
    return new Reading(task);
  }

  /** A history being read. */
  record Reading(FutureTask<RecordedHistory> task) {

    /** The history, or the error that reading it ended with, as if it had been read on the caller's thread. */
    RecordedHistory join() {
      try {
        return task.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationException("Interrupted while reading the migrations", e);
      }
    }
  }
}
