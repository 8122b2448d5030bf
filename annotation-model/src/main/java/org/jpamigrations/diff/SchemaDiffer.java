package org.jpamigrations.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.AlterSequence;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.Operation;

/**
 * Finds the operations that turn the recorded schema into the mapped one.
 *
 * <p>The order is the one a database accepts: first everything that could block a drop goes
 * (foreign keys, then indexes, unique and check constraints, then primary keys that change), then tables
 * and columns are dropped, created, added and altered (and table comments set), then primary keys, unique constraints, indexes,
 * checks and finally foreign keys are added, so that tables referencing each other can all exist before
 * any reference is made. Sequences are created (or altered) first and dropped last; only schemas go around them. A
 * schema is created when a mapped table or sequence lives in one that no recorded table, sequence or
 * migration has, and dropped when a migration created it and nothing mapped lives there any more.
 * Within each kind of operation the order is by table name, then by name.
 *
 * <p>A foreign key, unique constraint, index or check whose definition changes is dropped and added again.
 * A check is known by its name; an unnamed one is named after its condition, so a changed condition
 * (an enum's values, say) is a drop and an add.
 * A foreign key is also rebuilt when a column it uses or references changes type, when the unique
 * key it references is dropped, or when an index over its own columns is dropped, because some
 * databases refuse those changes under a foreign key. A primary key whose columns change is dropped
 * and added again, with the foreign keys that reference it or that it serves as an index.
 *
 * <p>A column whose generation changes (it becomes generated, stops being so, or is computed from
 * another expression) is dropped and added again; one that stops being generated is filled from the
 * expression it had, so that its values stay.
 */
public final class SchemaDiffer {

  private static final Comparator<ForeignKey> FOREIGN_KEYS = Comparator.comparing(ForeignKey::name, NameOrder.NAMES);
  private static final Comparator<UniqueConstraint> UNIQUES =
      Comparator.comparing(UniqueConstraint::name, NameOrder.NAMES);
  private static final Comparator<CheckConstraint> CHECKS =
      Comparator.comparing(CheckConstraint::name, NameOrder.NAMES);
  private static final Comparator<Index> INDEXES = Comparator.comparing(Index::name, NameOrder.NAMES);
  /**
   * The schemas databases start with (PostgreSQL's and H2's {@code public}, SQL Server's {@code dbo}):
   * naming one in {@code @Table(schema)} creates nothing, and dropping it on the way back to base would
   * fail on the history table it holds.
   */
  private static final List<String> DEFAULT_SCHEMAS = List.of("public", "dbo");
  private static final Comparator<Sequence> SEQUENCES = Comparator.comparing(Sequence::name, NameOrder.NAMES);

  public DiffResult diff(Schema recorded, Schema mapped) {
    return diff(recorded, mapped, RenameHints.NONE);
  }

  /**
   * The difference, with the renames that the hints declare first: each renamed table or column is
   * then compared with its mapping under the new name, as if it had always had it.
   */
  public DiffResult diff(Schema recorded, Schema mapped, RenameHints hints) {
    Renames renames = Renames.find(recorded, mapped, hints);
    DiffResult rest = new Comparison(renames.renamed(), mapped).result();
    List<Operation> operations = new ArrayList<>(renames.operations());
    operations.addAll(rest.operations());
    return new DiffResult(operations, rest.warnings());
  }

  /** One comparison: the two schemas paired table by table. */
  private static final class Comparison {
    private final Schema recorded;
    private final Schema mapped;
    private final List<TableDiff> tables;
    private final List<Operation> ops = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    Comparison(Schema recorded, Schema mapped) {
      this.recorded = recorded;
      this.mapped = mapped;
      List<TableDiff> paired = new ArrayList<>();
      for (Table before : recorded.tables()) {
        paired.add(new TableDiff(before, mapped.findTable(before.name()).orElse(null)));
      }
      for (Table after : mapped.tables()) {
        if (recorded.findTable(after.name()).isEmpty()) {
          paired.add(new TableDiff(null, after));
        }
      }
      paired.sort(Comparator.comparing(TableDiff::name, NameOrder.NAMES));
      this.tables = List.copyOf(paired);
    }

    DiffResult result() {
      dropForeignKeys();
      dropIndexesAndUniques();
      dropChecks();
      dropPrimaryKeys();
      dropTablesAndColumns();
      createSchemas();
      createSequences();
      createTablesAndColumns();
      addPrimaryKeys();
      addUniquesIndexesAndForeignKeys();
      dropSequences();
      dropSchemas();
      warnings.addAll(0, LikelyRenames.tables(tables));
      warnings.addAll(LikelyRenames.columns(tables));
      warnings.addAll(NamedTypes.warnings(recorded, ops));
      return new DiffResult(ops, warnings);
    }

    // ---- 1, 2: what could block a drop ----

    private void dropForeignKeys() {
      for (TableDiff t : recordedTables()) {
        t.before().foreignKeys().stream().sorted(FOREIGN_KEYS)
            .filter(fk -> !keeps(t, fk))
            .forEach(fk -> ops.add(new DropForeignKey(t.before().name(), fk.name())));
      }
    }

    private void dropIndexesAndUniques() {
      for (TableDiff t : recordedTables()) {
        t.before().indexes().stream().sorted(INDEXES)
            .filter(index -> !keeps(t, index))
            .forEach(index -> ops.add(new DropIndex(t.before().name(), index.name())));
      }
      for (TableDiff t : recordedTables()) {
        t.before().uniqueConstraints().stream().sorted(UNIQUES)
            .filter(unique -> !keeps(t, unique))
            .forEach(unique -> ops.add(new DropUniqueConstraint(t.before().name(), unique.name())));
      }
    }

    /**
     * Checks of kept tables only: a dropped table takes its checks with it. {@code down()} adds each
     * back, which fails on rows that the later version allowed and it does not.
     */
    private void dropChecks() {
      for (TableDiff t : tables) {
        if (t.kept()) {
          t.before().checks().stream().sorted(CHECKS)
              .filter(check -> !keeps(t, check))
              .forEach(check -> {
                ops.add(new DropCheckConstraint(t.before().name(), check.name()));
                if (t.after().checks().stream()
                    .anyMatch(now -> CheckConditions.allowsAllOf(check.expression(), now.expression()))) {
                  return; // the rows meet a check as strict by then, so they meet this one when down() adds it back
                }
                warnings.add("Check constraint " + check.name() + " (" + check.expression() + ") is dropped from table "
                    + t.before().name() + ": down() adds it back, which fails while rows do not meet it; if rows may"
                    + " hold values it does not allow by then, change them in down() first (op.sql before it).");
              });
        }
      }
    }

    /** A key that changes goes before its old columns can be dropped or made nullable. */
    private void dropPrimaryKeys() {
      for (TableDiff t : tables) {
        if (t.changesKey() && t.before().primaryKey() != null) {
          ops.add(new DropPrimaryKey(t.before().name()));
        }
      }
    }

    // ---- 3, 4: tables, columns, sequences ----

    private void dropTablesAndColumns() {
      for (TableDiff t : tables) {
        if (t.dropped()) {
          ops.add(new DropTable(t.before().name()));
        }
      }
      for (TableDiff t : tables) {
        for (Column column : t.droppedColumns()) {
          ops.add(new DropColumn(t.before().name(), column.name()));
        }
      }
    }

    private void createSchemas() {
      List<String> had = recorded.usedNamespaces();
      mapped.usedNamespaces().stream().sorted(NameOrder.NAMES)
          .filter(name -> had.stream().noneMatch(h -> Names.same(h, name)))
          .filter(name -> DEFAULT_SCHEMAS.stream().noneMatch(d -> Names.same(d, name)))
          .forEach(name -> ops.add(new CreateSchema(name)));
    }

    private void createSequences() {
      for (Sequence sequence : mapped.sequences().stream().sorted(SEQUENCES).toList()) {
        Optional<Sequence> was = recorded.findSequence(sequence.name());
        if (was.isEmpty()) {
          ops.add(new CreateSequence(sequence));
        } else if (was.get().start() != sequence.start() || was.get().increment() != sequence.increment()) {
          ops.add(new AlterSequence(sequence));
        }
      }
    }

    private void createTablesAndColumns() {
      for (TableDiff t : tables) {
        if (t.created()) {
          ops.add(new CreateTable(t.after().withoutForeignKeysAndIndexes()));
        }
      }
      for (TableDiff t : tables) {
        for (Column column : t.addedColumns()) {
          Optional<Column> was = t.regenerated(column.name());
          if (was.isPresent() && was.get().generated() && !column.generated()) {
            addComputedColumn(t.after().name(), column, was.get().generatedAs());
          } else {
            addColumn(t.after().name(), column);
          }
        }
      }
      for (TableDiff t : tables) {
        for (Column column : t.alteredColumns()) {
          String table = t.after().name();
          boolean wasNullable = t.before().findColumn(column.name()).map(Column::nullable).orElse(true);
          if (wasNullable && !column.nullable() && !column.identity()) {
            // rows holding null would make the alter fail: give them the default, or a value to write
            ops.add(Backfill.of(table, column.name(), column.defaultValue()));
            if (column.defaultValue() == null) {
              warnings.add("Column " + table + "." + column.name() + " becomes NOT NULL and has no default: "
                  + "replace " + Backfill.TODO + " in the fillNulls before it with the value for rows that hold "
                  + "null, or map a default (@ColumnDefault) and generate again.");
            }
          }
          ops.add(new AlterColumn(table, column));
        }
        t.identitySwitches().forEach(column -> warnings.add(identitySwitch(t.name(), column)));
      }
      for (TableDiff t : tables) {
        if (t.kept() && !Objects.equals(t.before().comment(), t.after().comment())) {
          ops.add(new CommentOnTable(t.after().name(), t.after().comment()));
        }
      }
    }

    /** What a switch of identity does to the values, and where it cannot run. */
    private static String identitySwitch(String table, Column column) {
      String what = "Column " + table + "." + column.name();
      if (column.identity()) {
        return what + " becomes an identity column: its next value follows the highest one in the table. SQL Server"
            + " and Oracle cannot make an existing column one; there, add a new identity column and copy the values.";
      }
      return what + " stops being an identity column: its values stay, and whatever gives the next ones (a sequence,"
          + " say) must start past the highest. SQL Server cannot do it; there, add a new column and copy the values.";
    }

    /**
     * A NOT NULL column without a default cannot be added to a table that holds rows: it is added
     * nullable, the rows get a value that a person writes in, and then it becomes NOT NULL.
     */
    private void addColumn(String table, Column column) {
      if (column.nullable() || column.identity() || column.generated() || column.defaultValue() != null) {
        ops.add(new AddColumn(table, column));
        return;
      }
      ops.add(new AddColumn(table, column.withNullable(true)));
      ops.add(Backfill.of(table, column.name(), null));
      ops.add(new AlterColumn(table, column));
      warnings.add("Column " + table + "." + column.name() + " is NOT NULL and has no default: it is added "
          + "nullable, then made NOT NULL; replace " + Backfill.TODO + " in the fillNulls between them with the "
          + "value for existing rows, or map a default (@ColumnDefault) and generate again.");
    }

    /**
     * A column that stops being generated is added again as a plain one: its rows get the values the
     * expression gave them, and only then its default (which the database would give every existing row)
     * and NOT NULL.
     */
    private void addComputedColumn(String table, Column column, String expression) {
      Column bare = column.withNullable(true).withDefault(null);
      ops.add(new AddColumn(table, bare));
      ops.add(Backfill.of(table, column.name(), "(" + expression + ")"));
      if (!bare.equals(column)) {
        ops.add(new AlterColumn(table, column));
      }
    }

    private void dropSequences() {
      for (Sequence sequence : recorded.sequences().stream().sorted(SEQUENCES).toList()) {
        if (mapped.findSequence(sequence.name()).isEmpty()) {
          ops.add(new DropSequence(sequence.name()));
        }
      }
    }

    private void dropSchemas() {
      List<String> used = mapped.usedNamespaces();
      recorded.namespaces().stream().sorted(NameOrder.NAMES)
          .filter(name -> used.stream().noneMatch(u -> Names.same(u, name)))
          .forEach(name -> ops.add(new DropSchema(name)));
    }

    // ---- 5: constraints and indexes ----

    /** The new key, once its columns exist and are NOT NULL; a key that may reject rows is a warning. */
    private void addPrimaryKeys() {
      for (TableDiff t : tables) {
        if (t.changesKey() && t.after().primaryKey() != null) {
          ops.add(new AddPrimaryKey(t.after().name(), t.after().primaryKey()));
        }
        boolean up = t.upgradeMayRejectRows();
        boolean down = t.downgradeMayRejectRows();
        if (up || down) {
          String when = up && down ? "before upgrading and before downgrading"
              : up ? "before upgrading" : "before downgrading";
          warnings.add("Primary key of table " + t.name() + " changes from "
              + TableDiff.describe(t.before().primaryKey()) + " to " + TableDiff.describe(t.after().primaryKey())
              + ": adding the key fails where rows share its values; check the data " + when + ".");
        }
      }
    }

    private void addUniquesIndexesAndForeignKeys() {
      for (TableDiff t : tables) {
        if (t.kept()) {
          t.after().uniqueConstraints().stream().sorted(UNIQUES)
              .filter(unique -> t.before().findUnique(unique.name()).filter(u -> keeps(t, u)).isEmpty())
              .forEach(unique -> ops.add(new AddUniqueConstraint(t.after().name(), unique)));
        }
      }
      for (TableDiff t : mappedTables()) {
        t.after().indexes().stream().sorted(INDEXES)
            .filter(index -> t.created() || t.before().findIndex(index.name()).filter(i -> keeps(t, i)).isEmpty())
            .forEach(index -> ops.add(new CreateIndex(t.after().name(), index)));
      }
      for (TableDiff t : tables) {
        if (t.kept()) {
          t.after().checks().stream().sorted(CHECKS)
              .filter(check -> t.before().findCheck(check.name()).filter(c -> keeps(t, c)).isEmpty())
              .forEach(check -> addCheck(t, check));
        }
      }
      for (TableDiff t : mappedTables()) {
        t.after().foreignKeys().stream().sorted(FOREIGN_KEYS)
            .filter(fk -> t.created() || t.before().findForeignKey(fk.name()).filter(f -> keeps(t, f)).isEmpty())
            .forEach(fk -> ops.add(new AddForeignKey(t.after().name(), fk)));
      }
    }

    /**
     * A check added to a table that may hold rows fails on those that do not meet it, unless the table had a
     * check as strict: a relaxed condition ({@code age >= 16} after {@code age >= 18}) cannot fail.
     */
    private void addCheck(TableDiff t, CheckConstraint check) {
      String table = t.after().name();
      ops.add(new AddCheckConstraint(table, check));
      if (t.before().checks().stream()
          .anyMatch(old -> CheckConditions.allowsAllOf(check.expression(), old.expression()))) {
        return;
      }
      warnings.add("Check constraint " + check.name() + " (" + check.expression() + ") is added to table " + table
          + ": the migration fails if rows do not meet it; fix them first with an update before it.");
    }

    // ---- what survives unchanged ----

    /** Whether a recorded foreign key stays as it is. */
    private boolean keeps(TableDiff t, ForeignKey fk) {
      if (t.dropped()) {
        return false;
      }
      Optional<ForeignKey> now = t.after().findForeignKey(fk.name());
      if (now.isEmpty() || !same(fk, now.get())) {
        return false;
      }
      if (fk.columns().stream().anyMatch(c -> t.loses(c) || t.retypes(c)) || dropsIndexUsedBy(t, fk)) {
        return false;
      }
      Optional<TableDiff> target = recordedTable(fk.referencedTable());
      if (target.isEmpty()) {
        return true; // references nothing recorded: nothing here can break it
      }
      TableDiff referenced = target.get();
      if (referenced.dropped()
          || fk.referencedColumns().stream().anyMatch(c -> referenced.loses(c) || referenced.retypes(c))) {
        return false;
      }
      return !dropsKeyReferencedBy(referenced, fk);
    }

    /**
     * Whether an index that may serve the foreign key's own columns is dropped: MariaDB and MySQL
     * refuse to drop the index a foreign key relies on, but add one themselves when the key is re-added.
     */
    private boolean dropsIndexUsedBy(TableDiff t, ForeignKey fk) {
      Table table = t.before();
      return t.dropsKey() && startsWith(table.primaryKey().columns(), fk.columns())
          || table.uniqueConstraints().stream()
              .anyMatch(u -> startsWith(u.columns(), fk.columns()) && !keeps(t, u))
          || table.indexes().stream()
              .anyMatch(i -> startsWith(i.columns(), fk.columns()) && !keeps(t, i));
    }

    /** Whether a unique key that the foreign key references is dropped (the database would refuse). */
    private boolean dropsKeyReferencedBy(TableDiff referenced, ForeignKey fk) {
      Table table = referenced.before();
      return referenced.dropsKey() && sameSet(table.primaryKey().columns(), fk.referencedColumns())
          || table.uniqueConstraints().stream()
              .anyMatch(u -> sameSet(u.columns(), fk.referencedColumns()) && !keeps(referenced, u))
          || table.indexes().stream()
              .anyMatch(i -> i.unique() && sameSet(i.columns(), fk.referencedColumns()) && !keeps(referenced, i));
    }

    private boolean keeps(TableDiff t, UniqueConstraint unique) {
      return !t.dropped()
          && unique.columns().stream().noneMatch(t::loses)
          && t.after().findUnique(unique.name()).filter(u -> Names.sameList(u.columns(), unique.columns())).isPresent();
    }

    private boolean keeps(TableDiff t, Index index) {
      return !t.dropped()
          && index.columns().stream().noneMatch(t::loses)
          && t.after().findIndex(index.name())
              .filter(i -> i.unique() == index.unique() && i.sameColumns(index))
              .isPresent();
    }

    private boolean keeps(TableDiff t, CheckConstraint check) {
      return t.kept()
          && t.after().findCheck(check.name()).filter(c -> c.expression().equals(check.expression())).isPresent();
    }

    private static boolean same(ForeignKey a, ForeignKey b) {
      return Names.sameList(a.columns(), b.columns())
          && Names.same(a.referencedTable(), b.referencedTable())
          && Names.sameList(a.referencedColumns(), b.referencedColumns())
          && a.onDelete() == b.onDelete()
          && Objects.equals(a.definition(), b.definition());
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
      return columns.size() >= prefix.size() && Names.sameList(columns.subList(0, prefix.size()), prefix);
    }

    private static boolean sameSet(List<String> a, List<String> b) {
      return a.size() == b.size()
          && a.stream().allMatch(x -> b.stream().anyMatch(y -> Names.same(x, y)))
          && b.stream().allMatch(y -> a.stream().anyMatch(x -> Names.same(x, y)));
    }

    private List<TableDiff> recordedTables() {
      return tables.stream().filter(t -> !t.created()).toList();
    }

    private List<TableDiff> mappedTables() {
      return tables.stream().filter(t -> !t.dropped()).toList();
    }

    private Optional<TableDiff> recordedTable(String name) {
      return tables.stream().filter(t -> !t.created() && Names.same(t.before().name(), name)).findFirst();
    }
  }
}
