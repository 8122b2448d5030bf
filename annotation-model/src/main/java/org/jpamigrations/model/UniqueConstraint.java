package org.jpamigrations.model;

import java.util.List;

/** A unique constraint over columns, in order. */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint {
    Names.require(name, "A unique constraint");
    columns = List.copyOf(columns);
  }
}
