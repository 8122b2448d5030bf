/**
 * The safety review of migrations: rules that judge each operation for the database it runs on (data it
 * loses, rows that can make it fail, the running application it breaks, the locks and rewrites it causes), kept
 * apart from the differ that writes the operations.
 */
package org.jpamigrations.lint;
