package org.jpamigrations.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.CopyValues;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;

/**
 * A change split in two for a deploy without downtime, where the application version still running would break
 * on the single form: a dropped table or column it reads or writes, a renamed column it knows by its old name.
 *
 * <p>The expand migration moves the schema to a middle one both versions work with: dropped tables and columns
 * stay (a column the newer version does not write loses NOT NULL), and a renamed column exists under both names,
 * the new one filled from the old. The contract migration, which runs once the older version is gone, copies the
 * rows the older version wrote since, then drops what only it used. Both are worked out by the differ, from the
 * schema before to the middle one and from there to the mapped one, so that together they reach what a single
 * migration would.
 *
 * <p>Renamed tables, and renamed key, identity or generated columns, have no such form here: they stay in
 * the expand migration as renames.
 *
 * @param expand what runs with the new version
 * @param contract what runs after it, once no instance of the version before runs
 * @param warnings the differ's warnings on both halves
 */
public record ExpandContract(List<Operation> expand, List<Operation> contract, List<String> warnings) {

  public ExpandContract {
    expand = List.copyOf(expand);
    contract = List.copyOf(contract);
    warnings = List.copyOf(warnings);
  }

  /**
   * The two halves of the change from {@code before} to {@code after}; empty when nothing in it would break the
   * running version, and the single migration is the safe form.
   *
   * @param diff the single migration's difference, as {@link SchemaDiffer} found it with {@code hints}
   */
  public static Optional<ExpandContract> of(Schema before, Schema after, RenameHints hints, DiffResult diff) {
    List<String> droppedTables = new ArrayList<>();
    List<DropColumn> droppedColumns = new ArrayList<>();
    List<RenameColumn> renamedColumns = new ArrayList<>();
    List<String> droppedSequences = new ArrayList<>();
    for (Operation operation : diff.operations()) {
      if (operation instanceof DropTable drop && after.findTable(drop.name()).isEmpty()) {
        droppedTables.add(drop.name());
      } else if (operation instanceof DropColumn drop && kept(before, after, drop.table())
          && after.table(drop.table()).findColumn(drop.column()).isEmpty()) { // not dropped to be added anew
        droppedColumns.add(drop);
      } else if (operation instanceof RenameColumn rename && kept(before, after, rename.table())
          && plain(before, rename.table(), rename.from()) && plain(after, rename.table(), rename.to())) {
        renamedColumns.add(rename);
      } else if (operation instanceof DropSequence drop && after.findSequence(drop.name()).isEmpty()) {
        droppedSequences.add(drop.name()); // the older version's inserts may draw from it
      }
    }
    if (droppedTables.isEmpty() && droppedColumns.isEmpty() && renamedColumns.isEmpty()) {
      return Optional.empty();
    }

    Schema middle = after;
    for (String table : droppedTables) {
      middle = middle.withTable(before.table(table));
    }
    for (String sequence : droppedSequences) {
      middle = middle.withSequence(before.findSequence(sequence).orElseThrow());
    }
    for (DropColumn drop : droppedColumns) {
      middle = keepColumn(middle, before.table(drop.table()), drop.column());
    }
    for (RenameColumn rename : renamedColumns) {
      // written by the older version alone until the contract: no NOT NULL, and no default to hide its rows
      middle = middle.replaceTable(rename.table(), table -> table.replaceColumn(rename.to(),
          column -> column.withNullable(true).withDefault(null)));
      middle = keepColumn(middle, before.table(rename.table()), rename.from());
    }

    DiffResult expanding = new SchemaDiffer().diff(before, middle, hints);
    DiffResult contracting = new SchemaDiffer().diff(middle, after, hints);
    List<Operation> copies = renamedColumns.stream()
        .<Operation>map(rename -> new CopyValues(rename.table(), rename.from(), rename.to())).toList();
    List<Operation> expand = new ArrayList<>(expanding.operations());
    expand.addAll(copies);
    List<Operation> contract = new ArrayList<>(copies);
    List<String> warnings = new ArrayList<>(expanding.warnings());
    for (Operation operation : contracting.operations()) {
      if (!(operation instanceof FillNulls fill && copied(fill, renamedColumns, before))) {
        contract.add(operation);
      }
    }
    for (String warning : contracting.warnings()) {
      if (renamedColumns.stream().noneMatch(rename -> copiedWhole(rename, before)
          && warning.startsWith("Column " + rename.table() + "." + rename.to() + " becomes NOT NULL"))) {
        warnings.add(warning);
      }
    }
    return Optional.of(new ExpandContract(expand, contract, warnings));
  }

  private static boolean kept(Schema before, Schema after, String table) {
    return before.findTable(table).isPresent() && after.findTable(table).isPresent();
  }

  /** A column the middle schema can hold twice: no key, identity or generated value. */
  private static boolean plain(Schema schema, String table, String name) {
    Table t = schema.table(table);
    Column column = t.findColumn(name).orElseThrow();
    boolean key = t.primaryKey() != null && t.primaryKey().columns().stream().anyMatch(c -> Names.same(c, name));
    return !key && !column.identity() && !column.generated();
  }

  /** A column whose rows the copy fills from a NOT NULL column needs no other value before its NOT NULL. */
  private static boolean copied(FillNulls fill, List<RenameColumn> renamed, Schema before) {
    return renamed.stream().anyMatch(rename -> Names.same(rename.table(), fill.table())
        && Names.same(rename.to(), fill.column()) && copiedWhole(rename, before));
  }

  private static boolean copiedWhole(RenameColumn rename, Schema before) {
    return !before.table(rename.table()).findColumn(rename.from()).orElseThrow().nullable();
  }

  /**
   * The middle schema with a column of the table before kept: nullable unless a default fills the rows the newer
   * version inserts, and with the keys, unique constraints and indexes on it that still fit.
   */
  private static Schema keepColumn(Schema middle, Table before, String name) {
    Column column = before.findColumn(name).orElseThrow();
    Column kept = column.defaultValue() == null ? column.withNullable(true) : column;
    return middle.replaceTable(before.name(), table -> {
      Table widened = table.column(kept);
      for (ForeignKey key : missing(before.foreignKeys(), widened.foreignKeys(), ForeignKey::name, ForeignKey::columns,
          name)) {
        if (middle.findTable(key.referencedTable()).isPresent()) {
          widened = widened.withForeignKey(key);
        }
      }
      for (UniqueConstraint unique : missing(before.uniqueConstraints(), widened.uniqueConstraints(),
          UniqueConstraint::name, UniqueConstraint::columns, name)) {
        widened = widened.withUnique(unique);
      }
      for (Index index : missing(before.indexes(), widened.indexes(), Index::name, Index::columns, name)) {
        widened = widened.withIndex(index);
      }
      return fits(widened) ? widened : table.column(kept);
    });
  }

  /** The constraints of the table before that use the column, whose name the middle table does not use. */
  private static <T> List<T> missing(List<T> before, List<T> middle, Function<T, String> name,
      Function<T, List<String>> columns, String column) {
    return before.stream()
        .filter(c -> columns.apply(c).stream().anyMatch(n -> Names.same(n, column)))
        .filter(c -> name.apply(c) == null
            || middle.stream().map(name).noneMatch(n -> n != null && Names.same(n, name.apply(c))))
        .toList();
  }

  /** Whether every constraint of the table names columns it has. */
  private static boolean fits(Table table) {
    return Stream.of(table.foreignKeys().stream().map(ForeignKey::columns),
            table.uniqueConstraints().stream().map(UniqueConstraint::columns),
            table.indexes().stream().map(Index::columns))
        .flatMap(s -> s)
        .allMatch(columns -> columns.stream().allMatch(c -> table.findColumn(c).isPresent()));
  }
}
