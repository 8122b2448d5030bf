package org.jpamigrations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A table and everything that belongs to it.
 *
 * @param name table name, possibly schema-qualified ({@code app.users}); {@code `name`} when quoted
 * @param columns columns in declaration order
 * @param primaryKey primary key, or {@code null}
 * @param uniqueConstraints unique constraints
 * @param foreignKeys foreign keys declared on this table
 * @param indexes indexes
 * @param comment table comment, or {@code null}
 * @param checks check constraints, those declared on columns included
 */
public record Table(
    String name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<ForeignKey> foreignKeys,
    List<Index> indexes,
    String comment,
    List<CheckConstraint> checks) {

  public Table {
    Names.require(name, "A table");
    columns = List.copyOf(columns);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    foreignKeys = List.copyOf(foreignKeys);
    indexes = List.copyOf(indexes);
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /** A table without check constraints. */
  public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
      List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {
    this(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, List.of());
  }

  /** An empty table: add to it with {@link #column(Column)} and the {@code with...} methods. */
  public static Table named(String name) {
    return new Table(name, List.of(), null, List.of(), List.of(), List.of(), null, List.of());
  }

  // ---- building (each returns a new table) ----

  public Table column(Column column) {
    if (findColumn(column.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + name + " already has a column " + column.name());
    }
    return withColumns(Names.append(columns, column));
  }

  public Table withPrimaryKey(String... columns) {
    return withPrimaryKey(new PrimaryKey(null, List.of(columns)));
  }

  public Table withPrimaryKey(PrimaryKey primaryKey) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  public Table withUnique(String constraintName, String... columns) {
    return withUnique(new UniqueConstraint(constraintName, List.of(columns)));
  }

  public Table withUnique(UniqueConstraint unique) {
    return new Table(
        name, columns, primaryKey, Names.append(uniqueConstraints, unique), foreignKeys, indexes, comment, checks);
  }

  public Table withForeignKey(ForeignKey foreignKey) {
    return new Table(
        name, columns, primaryKey, uniqueConstraints, Names.append(foreignKeys, foreignKey), indexes, comment, checks);
  }

  public Table withIndex(Index index) {
    return new Table(
        name, columns, primaryKey, uniqueConstraints, foreignKeys, Names.append(indexes, index), comment, checks);
  }

  public Table withCheck(String constraintName, String expression) {
    return withCheck(new CheckConstraint(constraintName, expression));
  }

  public Table withCheck(CheckConstraint check) {
    return withChecks(Names.append(checks, check));
  }

  public Table withChecks(List<CheckConstraint> checks) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  public Table withComment(String comment) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  public Table withName(String name) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  public Table withColumns(List<Column> columns) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  public Table withUniqueConstraints(List<UniqueConstraint> uniqueConstraints) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  public Table withForeignKeys(List<ForeignKey> foreignKeys) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  public Table withIndexes(List<Index> indexes) {
    return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, comment, checks);
  }

  /** This table's structure alone: columns, keys, unique and check constraints, as CREATE TABLE makes it. */
  public Table withoutForeignKeysAndIndexes() {
    return new Table(name, columns, primaryKey, uniqueConstraints, List.of(), List.of(), comment, checks);
  }

  /** Replaces the column of the same name. */
  public Table replaceColumn(String columnName, UnaryOperator<Column> change) {
    List<Column> changed = new ArrayList<>(columns.size());
    boolean found = false;
    for (Column column : columns) {
      if (Names.same(column.name(), columnName)) {
        changed.add(change.apply(column));
        found = true;
      } else {
        changed.add(column);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("Table " + name + " has no column " + columnName);
    }
    return withColumns(changed);
  }

  // ---- lookup ----

  public Optional<Column> findColumn(String columnName) {
    return columns.stream().filter(c -> Names.same(c.name(), columnName)).findFirst();
  }

  public Optional<ForeignKey> findForeignKey(String constraintName) {
    return foreignKeys.stream().filter(fk -> Names.same(fk.name(), constraintName)).findFirst();
  }

  public Optional<UniqueConstraint> findUnique(String constraintName) {
    return uniqueConstraints.stream().filter(u -> Names.same(u.name(), constraintName)).findFirst();
  }

  public Optional<Index> findIndex(String indexName) {
    return indexes.stream().filter(i -> Names.same(i.name(), indexName)).findFirst();
  }

  public Optional<CheckConstraint> findCheck(String constraintName) {
    return checks.stream().filter(c -> Names.same(c.name(), constraintName)).findFirst();
  }

  static <T> List<T> without(List<T> list, Predicate<T> remove) {
    return list.stream().filter(remove.negate()).toList();
  }
}
