/**
 * Pictures of the schema: the tables, columns and foreign keys of one revision, or the change one migration makes,
 * as a {@link org.jpamigrations.plugin.diagram.Diagram} built from the same schema model the migrations replay,
 * its renderers (Mermaid, Graphviz DOT, SVG laid out by Eclipse ELK), the revision graph as SVG, and the HTML report
 * that puts them on one page. They live in the plugin, not in the runtime model that applications ship.
 */
package org.jpamigrations.plugin.diagram;
