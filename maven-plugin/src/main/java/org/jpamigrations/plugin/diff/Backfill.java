package org.jpamigrations.plugin.diff;

import java.util.stream.Collectors;
import org.jpamigrations.model.Names;
import org.jpamigrations.operation.ExecuteSql;

/**
 * The update that gives the existing rows of a table a value in a column before the column becomes
 * NOT NULL, so that the change cannot stop halfway on a table that holds rows.
 */
final class Backfill {

  /**
   * Stands where the value goes when the mapping has no default. Left as it is, the update changes
   * nothing: an empty table (a new database, a test) then takes the NOT NULL at once, and a table with
   * rows stops the migration at the alter that follows, instead of a value being guessed for them.
   */
  static final String TODO = "/* TODO: value for existing rows */ null";

  private Backfill() {}

  /** {@code update t set c = value where c is null}; {@code value} is SQL, {@code null} for the TODO. */
  static ExecuteSql of(String table, String column, String value) {
    String c = sqlName(column);
    return new ExecuteSql("update " + sqlName(table) + " set " + c + " = " + (value == null ? TODO : value)
        + " where " + c + " is null");
  }

  /** A model name as standard SQL writes it: quoted parts in double quotes. */
  static String sqlName(String name) {
    return Names.parts(name).stream()
        .map(part -> Names.isQuoted(part) ? "\"" + Names.bare(part) + "\"" : part)
        .collect(Collectors.joining("."));
  }
}
