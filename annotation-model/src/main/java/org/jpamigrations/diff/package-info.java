/**
 * Compares the schema the migrations have recorded with the schema the entities map to, and
 * turns the difference into operations in an order a real database accepts.
 */
package org.jpamigrations.diff;
