/**
 * {@link org.jpamigrations.plugin.concurrent.Background}: a goal's independent parts, run side by side.
 */
package org.jpamigrations.plugin.concurrent;
