package org.jpamigrations.plugin.diagram;

import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.model.Schema;

/** Builds diagrams from the schema model: of a schema as it is, or of the change one migration makes. */
public final class Diagrams {

  private Diagrams() {}

  /** Every table, column and foreign key of the schema, nothing marked as changed. */
  public static Diagram ofSchema(String title, Schema schema) {
    return SchemaComparison.diagram(title, schema, MigrationReplay.unchanged(schema));
  }

  /** The schema at {@code revision} ({@code head}, {@code base} or a revision id) of the graph. */
  public static Diagram atRevision(RevisionGraph graph, String revision) {
    String resolved = graph.resolve(revision);
    String title = RevisionGraph.BASE.equals(resolved) ? "Schema at base (no migrations)"
        : "Schema at " + (RevisionGraph.HEAD.equals(revision) ? "head (" + resolved + ")" : resolved);
    return ofSchema(title, graph.schemaAt(resolved));
  }

  /**
   * The schema after the migration, with what it added, dropped and changed marked against the schema it starts
   * from, and the steps that can lose data listed.
   */
  public static Diagram ofMigration(RevisionGraph graph, String revision) {
    MigrationScript script = graph.get(revision);
    return ofMigration(script, graph.schemaBefore(script.revision()));
  }

  /** The change the migration makes to {@code before}. */
  public static Diagram ofMigration(MigrationScript script, Schema before) {
    return SchemaComparison.diagram("Migration " + script.label(), before, MigrationReplay.of(script, before));
  }
}
