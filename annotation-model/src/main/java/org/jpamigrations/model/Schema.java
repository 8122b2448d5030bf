package org.jpamigrations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A database schema as the migrations see it: tables, sequences, and the namespaces (database
 * schemas, or catalogs where the database has no schemas) that the migrations created. Immutable;
 * every change returns a new schema. Lookups compare names the SQL way (see {@link Names}).
 *
 * <p>A table may live in a namespace that is not listed: one made by hand before the migrations ran.
 * Only a namespace a migration created is listed, so that only such a one is ever dropped again.
 *
 * @param namespaces the namespaces created by migrations, as a table name qualifies them ({@code app})
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<String> namespaces) {

  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = TableList.of(tables);
    sequences = List.copyOf(sequences);
    namespaces = List.copyOf(namespaces);
  }

  /** A schema whose tables all live in the default namespace or in ones made by hand. */
  public Schema(List<Table> tables, List<Sequence> sequences) {
    this(tables, sequences, List.of());
  }

  public Optional<Table> findTable(String name) {
    int at = tableList().find(name);
    return at < 0 ? Optional.empty() : Optional.of(tables.get(at));
  }

  /** The table of that name, or an {@link IllegalArgumentException} naming what is missing. */
  public Table table(String name) {
    return tables.get(existing(name));
  }

  private int existing(String name) {
    int at = tableList().find(name);
    if (at < 0) {
      throw new IllegalArgumentException("No table " + name + " in the schema");
    }
    return at;
  }

  private TableList tableList() {
    return (TableList) tables;
  }

  public Optional<Sequence> findSequence(String name) {
    return sequences.stream().filter(s -> Names.same(s.name(), name)).findFirst();
  }

  public Schema withTable(Table table) {
    if (findTable(table.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + table.name() + " already exists");
    }
    return new Schema(tableList().with(table), sequences, namespaces);
  }

  public Schema withoutTable(String name) {
    return new Schema(tableList().without(existing(name)), sequences, namespaces);
  }

  public Schema replaceTable(String name, UnaryOperator<Table> change) {
    int at = existing(name);
    return new Schema(tableList().with(at, change.apply(tables.get(at))), sequences, namespaces);
  }

  public Schema withSequence(Sequence sequence) {
    if (findSequence(sequence.name()).isPresent()) {
      throw new IllegalArgumentException("Sequence " + sequence.name() + " already exists");
    }
    return new Schema(tables, Names.append(sequences, sequence), namespaces);
  }

  public Schema withoutSequence(String name) {
    if (findSequence(name).isEmpty()) {
      throw new IllegalArgumentException("No sequence " + name + " in the schema");
    }
    return new Schema(tables, Table.without(sequences, s -> Names.same(s.name(), name)), namespaces);
  }

  public boolean hasNamespace(String name) {
    return namespaces.stream().anyMatch(n -> Names.same(n, name));
  }

  public Schema withNamespace(String name) {
    if (hasNamespace(name)) {
      throw new IllegalArgumentException("Schema " + name + " already exists");
    }
    return new Schema(tables, sequences, Names.append(namespaces, name));
  }

  public Schema withoutNamespace(String name) {
    if (!hasNamespace(name)) {
      throw new IllegalArgumentException("No schema " + name + " was created by the migrations");
    }
    return new Schema(tables, sequences, Table.without(namespaces, n -> Names.same(n, name)));
  }

  /**
   * The namespaces that tables and sequences live in, and the listed ones: the qualifier of each
   * qualified name ({@code app} of {@code app.users}), in order of first appearance.
   */
  public List<String> usedNamespaces() {
    List<String> names = new ArrayList<>(namespaces);
    tables.forEach(t -> Names.qualifier(t.name()).ifPresent(names::add));
    sequences.forEach(s -> Names.qualifier(s.name()).ifPresent(names::add));
    List<String> used = new ArrayList<>();
    for (String name : names) {
      if (used.stream().noneMatch(u -> Names.same(u, name))) {
        used.add(name);
      }
    }
    return used;
  }

  /** The tables with a foreign key to the given table, itself included when it references itself, in order. */
  public List<Table> tablesReferencing(String tableName) {
    return tableList().referencing(tableName);
  }

  /** Foreign keys of other tables (or this one) that reference the given table. */
  public List<ForeignKey> foreignKeysReferencing(String tableName) {
    List<ForeignKey> found = new ArrayList<>();
    for (Table table : tablesReferencing(tableName)) {
      for (ForeignKey fk : table.foreignKeys()) {
        if (Names.same(fk.referencedTable(), tableName)) {
          found.add(fk);
        }
      }
    }
    return found;
  }
}
