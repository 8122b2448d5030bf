package org.jpamigrations.diff;

import org.jpamigrations.operation.FillNulls;

/**
 * The value the existing rows of a table get in a column before the column becomes NOT NULL, so that
 * the change cannot stop halfway on a table that holds rows.
 */
final class Backfill {

  /**
   * Stands where the value goes when the mapping has no default. Left as it is, the update changes
   * nothing: an empty table (a new database, a test) then takes the NOT NULL at once, and a table with
   * rows stops the migration at the alter that follows, instead of a value being guessed for them.
   */
  static final String TODO = "/* TODO: value for existing rows */ null";

  private Backfill() {}

  /** Fills the column where it is null with {@code value} (SQL), or with the {@link #TODO} when it is null. */
  static FillNulls of(String table, String column, String value) {
    return new FillNulls(table, column, value == null ? TODO : value);
  }
}
