/**
 * Hints for {@code migrations:generate} that the mapping alone cannot express, such as
 * {@link org.jpamigrations.hint.RenamedFrom}.
 */
package org.jpamigrations.hint;
