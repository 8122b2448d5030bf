/**
 * Writes migration classes as Java source: {@link org.jpamigrations.plugin.codegen.MigrationWriter} turns
 * a {@link org.jpamigrations.plugin.codegen.MigrationSource} (operations and the schema they apply to)
 * into a class whose {@code up()} declares the operations and whose {@code down()} undoes them.
 */
package org.jpamigrations.plugin.codegen;
