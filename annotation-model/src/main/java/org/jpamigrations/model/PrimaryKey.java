package org.jpamigrations.model;

import java.util.List;

/**
 * A primary key.
 *
 * @param name constraint name, or {@code null} to let the database name it (as Hibernate does)
 * @param columns key columns in order
 */
public record PrimaryKey(String name, List<String> columns) {

  public PrimaryKey {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("A primary key needs at least one column");
    }
  }
}
