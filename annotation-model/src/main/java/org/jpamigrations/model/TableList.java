package org.jpamigrations.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tables of a {@link Schema}, in order, immutable, each stored with the {@link Names#foldedHash} of its name
 * and of the tables its foreign keys reference: a lookup compares names only where the hashes agree. Replaying a
 * history, planning a run and writing a migration look a table up at every step, and dropping a table first asks
 * which tables reference it; with hundreds of tables, comparing the names was most of that work.
 */
final class TableList extends AbstractList<Table> implements RandomAccess {

  private static final TableList EMPTY = new TableList(new Table[0], new int[0], new int[0][]);

  private final Table[] tables;
  private final int[] hashes;
  /** For each table, the hash of the table each of its foreign keys references, in the keys' order. */
  private final int[][] referenced;

  private TableList(Table[] tables, int[] hashes, int[][] referenced) {
    this.tables = tables;
    this.hashes = hashes;
    this.referenced = referenced;
  }

  static TableList of(List<Table> tables) {
    if (tables instanceof TableList list) {
      return list;
    }
    if (tables.isEmpty()) {
      return EMPTY;
    }
    Table[] array = tables.toArray(new Table[0]);
    int[] hashes = new int[array.length];
    int[][] referenced = new int[array.length][];
    for (int i = 0; i < array.length; i++) {
      hashes[i] = Names.foldedHash(array[i].name());
      referenced[i] = referencedHashes(array[i]);
    }
    return new TableList(array, hashes, referenced);
  }

  /** Where the table of that name is, or -1. */
  int find(String name) {
    int hash = Names.foldedHash(name);
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == hash && Names.same(tables[i].name(), name)) {
        return i;
      }
    }
    return -1;
  }

  /** The tables with a foreign key to the table of that name, itself included, in order. */
  List<Table> referencing(String name) {
    int hash = Names.foldedHash(name);
    List<Table> found = new ArrayList<>();
    for (int i = 0; i < referenced.length; i++) {
      for (int k = 0; k < referenced[i].length; k++) {
        if (referenced[i][k] == hash && Names.same(tables[i].foreignKeys().get(k).referencedTable(), name)) {
          found.add(tables[i]);
          break;
        }
      }
    }
    return found;
  }

  TableList with(Table table) {
    Table[] more = Arrays.copyOf(tables, tables.length + 1);
    int[] moreHashes = Arrays.copyOf(hashes, hashes.length + 1);
    int[][] moreReferenced = Arrays.copyOf(referenced, referenced.length + 1);
    more[tables.length] = table;
    moreHashes[tables.length] = Names.foldedHash(table.name());
    moreReferenced[tables.length] = referencedHashes(table);
    return new TableList(more, moreHashes, moreReferenced);
  }

  TableList with(int at, Table table) {
    Table[] changed = tables.clone();
    int[] changedHashes = hashes.clone();
    int[][] changedReferenced = referenced.clone();
    changed[at] = table;
    changedHashes[at] = Names.foldedHash(table.name());
    changedReferenced[at] = referencedHashes(table);
    return new TableList(changed, changedHashes, changedReferenced);
  }

  TableList without(int at) {
    Table[] fewer = new Table[tables.length - 1];
    int[] fewerHashes = new int[hashes.length - 1];
    System.arraycopy(tables, 0, fewer, 0, at);
    System.arraycopy(tables, at + 1, fewer, at, fewer.length - at);
    System.arraycopy(hashes, 0, fewerHashes, 0, at);
    System.arraycopy(hashes, at + 1, fewerHashes, at, fewerHashes.length - at);
    int[][] fewerReferenced = new int[referenced.length - 1][];
    System.arraycopy(referenced, 0, fewerReferenced, 0, at);
    System.arraycopy(referenced, at + 1, fewerReferenced, at, fewerReferenced.length - at);
    return new TableList(fewer, fewerHashes, fewerReferenced);
  }

  private static int[] referencedHashes(Table table) {
    List<ForeignKey> foreignKeys = table.foreignKeys();
    int[] hashes = new int[foreignKeys.size()];
    for (int k = 0; k < hashes.length; k++) {
      hashes[k] = Names.foldedHash(foreignKeys.get(k).referencedTable());
    }
    return hashes;
  }

  @Override
  public Table get(int index) {
    return tables[index];
  }

  @Override
  public int size() {
    return tables.length;
  }
}
