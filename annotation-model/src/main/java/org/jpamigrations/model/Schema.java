package org.jpamigrations.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A database schema as the migrations see it: tables and sequences. Immutable; every change
 * returns a new schema. Lookups compare names the SQL way (see {@link Names}).
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = List.copyOf(tables);
    sequences = List.copyOf(sequences);
  }

  public Optional<Table> findTable(String name) {
    return tables.stream().filter(t -> Names.same(t.name(), name)).findFirst();
  }

  /** The table of that name, or an {@link IllegalArgumentException} naming what is missing. */
  public Table table(String name) {
    return findTable(name).orElseThrow(() -> new IllegalArgumentException("No table " + name + " in the schema"));
  }

  public Optional<Sequence> findSequence(String name) {
    return sequences.stream().filter(s -> Names.same(s.name(), name)).findFirst();
  }

  public Schema withTable(Table table) {
    if (findTable(table.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + table.name() + " already exists");
    }
    return new Schema(Names.append(tables, table), sequences);
  }

  public Schema withoutTable(String name) {
    table(name);
    return new Schema(Table.without(tables, t -> Names.same(t.name(), name)), sequences);
  }

  public Schema replaceTable(String name, UnaryOperator<Table> change) {
    table(name);
    List<Table> changed = new ArrayList<>(tables.size());
    for (Table table : tables) {
      changed.add(Names.same(table.name(), name) ? change.apply(table) : table);
    }
    return new Schema(changed, sequences);
  }

  public Schema withSequence(Sequence sequence) {
    if (findSequence(sequence.name()).isPresent()) {
      throw new IllegalArgumentException("Sequence " + sequence.name() + " already exists");
    }
    return new Schema(tables, Names.append(sequences, sequence));
  }

  public Schema withoutSequence(String name) {
    if (findSequence(name).isEmpty()) {
      throw new IllegalArgumentException("No sequence " + name + " in the schema");
    }
    return new Schema(tables, Table.without(sequences, s -> Names.same(s.name(), name)));
  }

  /** Foreign keys of other tables (or this one) that reference the given table. */
  public List<ForeignKey> foreignKeysReferencing(String tableName) {
    List<ForeignKey> found = new ArrayList<>();
    for (Table table : tables) {
      for (ForeignKey fk : table.foreignKeys()) {
        if (Names.same(fk.referencedTable(), tableName)) {
          found.add(fk);
        }
      }
    }
    return found;
  }
}
