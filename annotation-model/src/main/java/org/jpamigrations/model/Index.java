package org.jpamigrations.model;

import java.util.List;

/** An index over columns, in order; unique or not. */
public record Index(String name, List<String> columns, boolean unique) {

  public Index {
    Names.require(name, "An index");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Index " + name + " needs at least one column");
    }
  }

  public static Index of(String name, String... columns) {
    return new Index(name, List.of(columns), false);
  }

  public Index asUnique() {
    return new Index(name, columns, true);
  }
}
