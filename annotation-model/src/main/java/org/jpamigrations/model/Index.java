package org.jpamigrations.model;

import java.util.List;

/**
 * An index over columns, in order; unique or not.
 *
 * @param descending the columns sorted in descending order ({@code columnList = "a desc"}); the others ascend
 */
public record Index(String name, List<String> columns, boolean unique, List<String> descending) {

  public Index {
    Names.require(name, "An index");
    columns = List.copyOf(columns);
    descending = descending == null ? List.of() : List.copyOf(descending);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Index " + name + " needs at least one column");
    }
    for (String column : descending) {
      if (columns.stream().noneMatch(c -> Names.same(c, column))) {
        throw new IllegalArgumentException("Index " + name + " has no column " + column + " to sort descending");
      }
    }
  }

  /** An index whose columns all ascend. */
  public Index(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, List.of());
  }

  public static Index of(String name, String... columns) {
    return new Index(name, List.of(columns), false);
  }

  public Index asUnique() {
    return new Index(name, columns, true, descending);
  }

  /** This index with the given columns (of its own) sorted in descending order. */
  public Index descending(String... columns) {
    return new Index(name, this.columns, unique, List.of(columns));
  }

  public boolean isDescending(String column) {
    return descending.stream().anyMatch(c -> Names.same(c, column));
  }

  /** Whether the two indexes sort the same columns the same way, whatever their names. */
  public boolean sameColumns(Index other) {
    return Names.sameList(columns, other.columns)
        && columns.stream().allMatch(c -> isDescending(c) == other.isDescending(c));
  }
}
