/**
 * Pictures of the schema: the tables, columns and foreign keys of one revision, or the change one migration makes,
 * as a {@link org.jpamigrations.plugin.diagram.Diagram} built from the same schema model the migrations replay,
 * and its renderers (Mermaid, Graphviz DOT, SVG laid out by Eclipse ELK). They live in the plugin, not in the
 * runtime model that applications ship.
 */
package org.jpamigrations.plugin.diagram;
