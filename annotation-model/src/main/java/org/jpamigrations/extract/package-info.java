/**
 * Reads Hibernate's boot metamodel into the schema model. The build reads it from the compiled
 * entities; a running application can read the metamodel it booted with, to find entity changes
 * that no migration records.
 */
package org.jpamigrations.extract;
