package org.jpamigrations.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Table;

/**
 * One table as recorded ({@code before}) and as mapped ({@code after}); either is {@code null} when
 * the table is created or dropped. Knows what happens to its columns.
 */
record TableDiff(Table before, Table after) {

  private static final Comparator<Column> BY_NAME = Comparator.comparing(Column::name, NameOrder.NAMES);

  TableDiff {
    if (before == null && after == null) {
      throw new IllegalArgumentException("A table diff needs at least one side");
    }
  }

  String name() {
    return after != null ? after.name() : before.name();
  }

  boolean created() {
    return before == null;
  }

  boolean dropped() {
    return after == null;
  }

  boolean kept() {
    return before != null && after != null;
  }

  /**
   * Recorded columns that the mapping no longer has (a key column goes once its key has changed), and
   * those whose generation changes: no database shares a way to alter that, so they are dropped and
   * added again.
   */
  List<Column> droppedColumns() {
    if (!kept()) {
      return List.of();
    }
    return before.columns().stream()
        .filter(c -> after.findColumn(c.name()).map(now -> regenerates(c, now)).orElse(true))
        .sorted(BY_NAME)
        .toList();
  }

  /** Mapped columns that the recorded table does not have, and those whose generation changes. */
  List<Column> addedColumns() {
    if (!kept()) {
      return List.of();
    }
    return after.columns().stream()
        .filter(c -> before.findColumn(c.name()).map(was -> regenerates(was, c)).orElse(true))
        .sorted(BY_NAME)
        .toList();
  }

  /** The recorded column of this name, when it is dropped and added again because its generation changes. */
  Optional<Column> regenerated(String column) {
    if (!kept()) {
      return Optional.empty();
    }
    return before.findColumn(column)
        .filter(was -> after.findColumn(column).map(now -> regenerates(was, now)).orElse(false));
  }

  /** Whether a column becomes generated, stops being so, or is computed from another expression. */
  private static boolean regenerates(Column was, Column now) {
    return !Objects.equals(was.generatedAs(), now.generatedAs());
  }

  /** The new definitions of columns that change. */
  List<Column> alteredColumns() {
    if (!kept()) {
      return List.of();
    }
    List<Column> altered = new ArrayList<>();
    for (Column now : after.columns()) {
      Optional<Column> was = before.findColumn(now.name());
      if (was.isPresent() && !regenerates(was.get(), now) && differs(was.get(), now)) {
        altered.add(now);
      }
    }
    altered.sort(BY_NAME);
    return altered;
  }

  /** Whether the primary key of a kept table changes: its columns, or a name both sides give. */
  boolean changesKey() {
    return kept() && !samePrimaryKey(before.primaryKey(), after.primaryKey());
  }

  /** Whether the new key may reject rows that the old one accepted, when {@code up()} adds it. */
  boolean upgradeMayRejectRows() {
    return changesKey() && mayReject(after.primaryKey(), before.primaryKey());
  }

  /** Whether the old key may reject rows that the new one accepted, when {@code down()} adds it back. */
  boolean downgradeMayRejectRows() {
    return changesKey() && mayReject(before.primaryKey(), after.primaryKey());
  }

  /** Unless the added key keeps every column of the one it replaces, two rows may share its values. */
  private static boolean mayReject(PrimaryKey added, PrimaryKey replaced) {
    return added != null && (replaced == null || !replaced.columns().stream()
        .allMatch(c -> added.columns().stream().anyMatch(k -> Names.same(c, k))));
  }

  /** Whether the recorded primary key is dropped, alone or with its table. */
  boolean dropsKey() {
    return before != null && before.primaryKey() != null && (dropped() || changesKey());
  }

  /** Whether the column disappears, with its table or alone. */
  boolean loses(String column) {
    return dropped() || droppedColumns().stream().anyMatch(c -> Names.same(c.name(), column));
  }

  /** Whether the column's type changes (some databases refuse that under a foreign key). */
  boolean retypes(String column) {
    if (!kept()) {
      return false;
    }
    Optional<Column> was = before.findColumn(column);
    Optional<Column> now = after.findColumn(column);
    return was.isPresent() && now.isPresent() && !was.get().type().equals(now.get().type());
  }

  /** The altered columns that become identity columns or stop being so. */
  List<Column> identitySwitches() {
    return alteredColumns().stream()
        .filter(now -> before.findColumn(now.name()).map(was -> was.identity() != now.identity()).orElse(false))
        .toList();
  }

  private static boolean differs(Column was, Column now) {
    return !was.type().equals(now.type())
        || was.nullable() != now.nullable()
        || was.identity() != now.identity()
        || !Objects.equals(was.defaultValue(), now.defaultValue())
        || !Objects.equals(was.comment(), now.comment());
  }

  private static boolean samePrimaryKey(PrimaryKey a, PrimaryKey b) {
    if (a == null || b == null) {
      return a == b;
    }
    // A missing name means "let the database choose", which matches any name.
    boolean sameName = a.name() == null || b.name() == null || Names.same(a.name(), b.name());
    return sameName && Names.sameList(a.columns(), b.columns());
  }

  static String describe(PrimaryKey key) {
    if (key == null) {
      return "none";
    }
    return (key.name() == null ? "" : key.name() + " ") + key.columns();
  }
}
