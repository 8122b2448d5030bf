package org.jpamigrations.plugin.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;

/**
 * The diagram of the schema after a migration, each table, column and foreign key compared with the schema before
 * it: what the migration added, dropped or changed. Dropped tables, columns and keys stay in the picture, marked, so
 * that a reader sees what goes. Compared with itself, a schema gives a diagram where nothing changed.
 */
final class SchemaComparison {

  private final Schema before;
  private final MigrationReplay replay;

  private SchemaComparison(Schema before, MigrationReplay replay) {
    this.before = before;
    this.replay = replay;
  }

  static Diagram diagram(String title, Schema before, MigrationReplay replay) {
    return new SchemaComparison(before, replay).diagram(title);
  }

  private Diagram diagram(String title) {
    Schema after = replay.after();
    List<DiagramTable> tables = new ArrayList<>();
    List<DiagramEdge> edges = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (Table table : after.tables()) {
      Optional<Table> old = tableBefore(table.name());
      old.ifPresent(t -> kept.add(Names.key(t.name())));
      List<DiagramEdge> tableEdges = edges(table, old);
      edges.addAll(tableEdges);
      tables.add(old.map(t -> compared(t, table, tableEdges)).orElseGet(() -> whole(table, Change.ADDED, false)));
    }
    for (Table table : before.tables()) {
      if (!kept.contains(Names.key(table.name()))) {
        tables.add(whole(table, Change.DROPPED, replay.destructiveTable(table.name())));
        for (ForeignKey fk : table.foreignKeys()) {
          edges.add(edge(table, table.name(), fk, shownName(fk.referencedTable()), Change.DROPPED));
        }
      }
    }
    return new Diagram(title, tables, edges, replay.destructiveSteps());
  }

  private Optional<Table> tableBefore(String nameAfter) {
    return before.findTable(replay.tableOrigin(nameAfter));
  }

  /** The name a table of the schema before has in the picture: its new name when it was renamed. */
  private String shownName(String nameBefore) {
    return replay.after().tables().stream()
        .map(Table::name)
        .filter(name -> Names.same(replay.tableOrigin(name), nameBefore))
        .findFirst()
        .orElse(nameBefore);
  }

  /** A table the migration created or dropped: every column has the table's change. */
  private static DiagramTable whole(Table table, Change change, boolean destructive) {
    List<DiagramColumn> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      columns.add(column(table, column, change, null, destructive));
    }
    return new DiagramTable(table.name(), columns, change, null, destructive);
  }

  private DiagramTable compared(Table old, Table table, List<DiagramEdge> tableEdges) {
    List<DiagramColumn> columns = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (Column column : table.columns()) {
      String origin = replay.columnOrigin(table.name(), column.name());
      Optional<Column> was = old.findColumn(origin);
      was.ifPresent(c -> matched.add(Names.key(c.name())));
      boolean destructive = replay.destructiveColumn(table.name(), column.name());
      if (was.isEmpty()) {
        columns.add(column(table, column, Change.ADDED, null, destructive));
        continue;
      }
      String difference = difference(old, was.get(), table, column);
      columns.add(column(table, column, difference == null ? Change.UNCHANGED : Change.CHANGED, difference,
          destructive));
    }
    for (Column column : old.columns()) {
      if (!matched.contains(Names.key(column.name()))) {
        columns.add(column(old, column, Change.DROPPED, null, replay.destructiveColumn(table.name(), column.name())));
      }
    }
    String renamedFrom = Names.same(old.name(), table.name()) ? null : old.name();
    boolean changed = renamedFrom != null
        || columns.stream().anyMatch(c -> c.change() != Change.UNCHANGED)
        || tableEdges.stream().anyMatch(e -> e.change() != Change.UNCHANGED)
        || !Objects.equals(old.primaryKey(), table.primaryKey())
        || !old.uniqueConstraints().equals(table.uniqueConstraints())
        || !old.indexes().equals(table.indexes())
        || !old.checks().equals(table.checks())
        || !Objects.equals(old.comment(), table.comment());
    boolean destructive = columns.stream().anyMatch(DiagramColumn::destructive);
    return new DiagramTable(table.name(), columns, changed ? Change.CHANGED : Change.UNCHANGED, renamedFrom,
        destructive);
  }

  /** What the column was, when the migration changed it: its old name, type or nullability; else {@code null}. */
  private static String difference(Table oldTable, Column was, Table table, Column column) {
    List<String> parts = new ArrayList<>();
    if (!Names.same(was.name(), column.name())) {
      parts.add("renamed from " + was.name());
    }
    Column renamed = was.withName(column.name());
    if (!renamed.type().equals(column.type()) || renamed.nullable() != column.nullable()) {
      parts.add("was " + typeText(was.type()) + (was.nullable() ? " NULL" : " NOT NULL"));
    } else if (!renamed.equals(column)) {
      parts.add("default, identity or comment changed");
    }
    if (inPrimaryKey(oldTable, was.name()) != inPrimaryKey(table, column.name())) {
      parts.add(inPrimaryKey(table, column.name()) ? "now in the primary key" : "left the primary key");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private List<DiagramEdge> edges(Table table, Optional<Table> old) {
    List<DiagramEdge> edges = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (ForeignKey fk : table.foreignKeys()) {
      Optional<ForeignKey> was = old.flatMap(t -> t.findForeignKey(fk.name()));
      was.ifPresent(w -> matched.add(Names.key(w.name())));
      Change change = was.isEmpty() ? Change.ADDED : sameKey(table, fk, was.get()) ? Change.UNCHANGED : Change.CHANGED;
      edges.add(edge(table, table.name(), fk, fk.referencedTable(), change));
    }
    old.ifPresent(t -> t.foreignKeys().stream()
        .filter(fk -> !matched.contains(Names.key(fk.name())))
        .forEach(fk -> edges.add(edge(t, table.name(), fk, shownName(fk.referencedTable()), Change.DROPPED))));
    return edges;
  }

  /** Whether a kept foreign key still joins the same columns to the same table, renames followed. */
  private boolean sameKey(Table table, ForeignKey fk, ForeignKey was) {
    List<String> origins = fk.columns().stream().map(c -> replay.columnOrigin(table.name(), c)).toList();
    List<String> referenced = fk.referencedColumns().stream()
        .map(c -> replay.columnOrigin(fk.referencedTable(), c)).toList();
    return Names.sameList(origins, was.columns())
        && Names.same(replay.tableOrigin(fk.referencedTable()), was.referencedTable())
        && Names.sameList(referenced, was.referencedColumns())
        && fk.onDelete() == was.onDelete();
  }

  private static DiagramEdge edge(Table owner, String shownTable, ForeignKey fk, String referencedTable,
      Change change) {
    boolean nullable = fk.columns().stream()
        .anyMatch(c -> owner.findColumn(c).map(Column::nullable).orElse(true));
    return new DiagramEdge(fk.name(), shownTable, fk.columns(), referencedTable, fk.referencedColumns(), nullable,
        change);
  }

  private static DiagramColumn column(Table table, Column column, Change change, String was, boolean destructive) {
    boolean foreignKey = table.foreignKeys().stream().anyMatch(fk -> contains(fk.columns(), column.name()));
    boolean unique = table.uniqueConstraints().stream()
        .anyMatch(u -> u.columns().size() == 1 && Names.same(u.columns().get(0), column.name()));
    return new DiagramColumn(column.name(), typeText(column.type()), !column.nullable(),
        inPrimaryKey(table, column.name()), foreignKey, unique, change, was, destructive);
  }

  private static boolean inPrimaryKey(Table table, String column) {
    return table.primaryKey() != null && contains(table.primaryKey().columns(), column);
  }

  private static boolean contains(List<String> names, String name) {
    return names.stream().anyMatch(n -> Names.same(n, name));
  }

  /** The type as the model prints it, without an enum's constants, which would crowd the box. */
  static String typeText(ColumnType type) {
    if (!type.isEnum()) {
      return type.toString();
    }
    return new ColumnType(type.code(), type.length(), type.precision(), type.scale(), type.definition()) + " enum";
  }
}
