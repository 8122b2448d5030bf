/** Reads a live database's schema into the model and compares it with the schema the migrations record. */
package org.jpamigrations.plugin.inspect;
