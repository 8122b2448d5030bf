package org.jpamigrations.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tables of a {@link Schema}, in order, immutable, each stored with the {@link Names#foldedHash} of its name:
 * a lookup compares names only where the hashes agree. Replaying a history, planning a run and writing a migration
 * look a table up at every step, and with hundreds of tables a scan of the names was most of that work.
 */
final class TableList extends AbstractList<Table> implements RandomAccess {

  private static final TableList EMPTY = new TableList(new Table[0], new int[0]);

  private final Table[] tables;
  private final int[] hashes;

  private TableList(Table[] tables, int[] hashes) {
    this.tables = tables;
    this.hashes = hashes;
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
    for (int i = 0; i < array.length; i++) {
      hashes[i] = Names.foldedHash(array[i].name());
    }
    return new TableList(array, hashes);
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

  TableList with(Table table) {
    Table[] more = Arrays.copyOf(tables, tables.length + 1);
    int[] moreHashes = Arrays.copyOf(hashes, hashes.length + 1);
    more[tables.length] = table;
    moreHashes[tables.length] = Names.foldedHash(table.name());
    return new TableList(more, moreHashes);
  }

  TableList with(int at, Table table) {
    Table[] changed = tables.clone();
    int[] changedHashes = hashes.clone();
    changed[at] = table;
    changedHashes[at] = Names.foldedHash(table.name());
    return new TableList(changed, changedHashes);
  }

  TableList without(int at) {
    Table[] fewer = new Table[tables.length - 1];
    int[] fewerHashes = new int[hashes.length - 1];
    System.arraycopy(tables, 0, fewer, 0, at);
    System.arraycopy(tables, at + 1, fewer, at, fewer.length - at);
    System.arraycopy(hashes, 0, fewerHashes, 0, at);
    System.arraycopy(hashes, at + 1, fewerHashes, at, fewerHashes.length - at);
    return new TableList(fewer, fewerHashes);
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
