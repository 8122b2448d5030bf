package org.jpamigrations.model;

import java.util.List;

/** A unique constraint over columns, in order. */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint {
    Names.require(name, "A unique constraint");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Unique constraint " + name + " needs at least one column");
    }
  }
}
