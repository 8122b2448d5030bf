/**
 * The project's Java formatter, as its build configures it: which one and in what version
 * ({@link org.jpamigrations.plugin.format.FormatterDetection}), the artifacts that hold it, and running it from its
 * own class loader on the files the plugin writes.
 */
package org.jpamigrations.plugin.format;
