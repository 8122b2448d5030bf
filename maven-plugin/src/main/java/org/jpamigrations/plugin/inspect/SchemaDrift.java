package org.jpamigrations.plugin.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;

/**
 * Where a live schema, read by {@link DatabaseSchemaReader}, departs from the schema the applied
 * migrations record: tables, columns, types (through the dialect's type names, normalised), nullability,
 * primary keys, foreign keys, unique constraints and indexes (with each column's sort order). Names of
 * constraints and indexes are not compared, since databases name the unnamed ones themselves.
 */
public final class SchemaDrift {

  private final SqlDialect dialect;
  /** MySQL and MariaDB ignore the case of column and index names even when quoted. */
  private final boolean ignoreCase;

  public SchemaDrift(SqlDialect dialect) {
    this.dialect = dialect;
    this.ignoreCase = dialect.namesIgnoreCase();
  }

  private boolean same(String a, String b) {
    return ignoreCase ? Names.bare(a).equalsIgnoreCase(Names.bare(b)) : Names.same(a, b);
  }

  private boolean sameList(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private Optional<Table> table(Schema schema, String name) {
    return schema.tables().stream().filter(t -> Names.same(t.name(), name)).findFirst();
  }

  private Optional<Column> column(Table table, String name) {
    return table.columns().stream().filter(c -> same(c.name(), name)).findFirst();
  }

  /** One line per difference; empty when the database matches. */
  public List<String> compare(Schema recorded, Schema live) {
    List<String> drift = new ArrayList<>();
    for (Table table : recorded.tables()) {
      Optional<Table> found = table(live, table.name());
      if (found.isEmpty()) {
        drift.add("table " + table.name() + " is missing from the database");
      } else {
        compareTable(table, found.get(), drift);
      }
    }
    for (Table table : live.tables()) {
      if (table(recorded, table.name()).isEmpty()) {
        drift.add("table " + table.name() + " is in the database but no migration creates it");
      }
    }
    return drift;
  }

  private void compareTable(Table recorded, Table live, List<String> drift) {
    String where = "table " + recorded.name() + ": ";
    for (Column column : recorded.columns()) {
      Optional<Column> found = column(live, column.name());
      if (found.isEmpty()) {
        drift.add(where + "column " + column.name() + " is missing from the database");
        continue;
      }
      Column actual = found.get();
      String expectedType = TypeNames.canonical(dialect.typeName(column.type()));
      // the reader gives the database's own name; a model built otherwise goes through the dialect
      String actualName = actual.type().definition() != null ? actual.type().definition()
          : dialect.typeName(actual.type());
      String actualType = TypeNames.canonical(actualName);
      if (!expectedType.equals(actualType)) {
        drift.add(where + "column " + column.name() + " is " + actualName + " in the database, "
            + dialect.typeName(column.type()) + " in the migrations");
      }
      boolean expectNullable = column.nullable() && !inPrimaryKey(recorded, column.name());
      if (expectNullable != actual.nullable()) {
        drift.add(where + "column " + column.name() + " is " + (actual.nullable() ? "nullable" : "not null")
            + " in the database, " + (expectNullable ? "nullable" : "not null") + " in the migrations");
      }
    }
    for (Column column : live.columns()) {
      if (column(recorded, column.name()).isEmpty()) {
        drift.add(where + "column " + column.name() + " is in the database but no migration adds it");
      }
    }
    List<String> expectedKey = recorded.primaryKey() == null ? List.of() : recorded.primaryKey().columns();
    List<String> actualKey = live.primaryKey() == null ? List.of() : live.primaryKey().columns();
    if (!sameList(expectedKey, actualKey)) {
      drift.add(where + "primary key is " + columns(actualKey) + " in the database, " + columns(expectedKey)
          + " in the migrations");
    }
    compareForeignKeys(recorded, live, where, drift);
    compareIndexes(recorded, live, where, drift);
  }

  private void compareForeignKeys(Table recorded, Table live, String where, List<String> drift) {
    Function<ForeignKey, String> text = fk -> columns(fk.columns()) + " -> " + fk.referencedTable()
        + columns(fk.referencedColumns());
    for (ForeignKey key : recorded.foreignKeys()) {
      if (live.foreignKeys().stream().noneMatch(k -> sameForeignKey(key, k))) {
        drift.add(where + "foreign key " + key.name() + " " + text.apply(key) + " is missing from the database");
      }
    }
    for (ForeignKey key : live.foreignKeys()) {
      if (recorded.foreignKeys().stream().noneMatch(k -> sameForeignKey(key, k))) {
        drift.add(where + "foreign key " + key.name() + " " + text.apply(key)
            + " is in the database but no migration adds it");
      }
    }
  }

  private boolean sameForeignKey(ForeignKey a, ForeignKey b) {
    return sameList(a.columns(), b.columns()) && Names.same(lastPart(a.referencedTable()),
        lastPart(b.referencedTable())) && sameList(a.referencedColumns(), b.referencedColumns());
  }

  private static String lastPart(String name) {
    List<String> parts = Names.parts(name);
    return parts.get(parts.size() - 1);
  }

  /**
   * Unique constraints and unique indexes both show as unique indexes in the metadata; databases also
   * index primary and foreign keys on their own. So: every recorded unique column list must have a
   * unique index, every recorded index an index on its columns, and every live index must be explained
   * by the migrations or by a key.
   */
  private void compareIndexes(Table recorded, Table live, String where, List<String> drift) {
    List<List<String>> expectedUnique = new ArrayList<>();
    recorded.uniqueConstraints().stream().map(UniqueConstraint::columns).forEach(expectedUnique::add);
    recorded.indexes().stream().filter(Index::unique).map(Index::columns).forEach(expectedUnique::add);
    for (List<String> unique : expectedUnique) {
      if (live.indexes().stream().noneMatch(i -> i.unique() && sameList(i.columns(), unique))) {
        drift.add(where + "unique constraint on " + columns(unique) + " is missing from the database");
      }
    }
    for (Index index : recorded.indexes()) {
      if (!index.unique() && live.indexes().stream().noneMatch(i -> sameOrder(i, index))) {
        drift.add(where + "index " + index.name() + " on " + columns(index) + " is missing from the database");
      }
    }
    for (Index index : live.indexes()) {
      boolean explained = index.unique()
          ? expectedUnique.stream().anyMatch(u -> sameList(u, index.columns()))
              || recorded.primaryKey() != null && sameList(recorded.primaryKey().columns(), index.columns())
          : recorded.indexes().stream().anyMatch(i -> sameOrder(i, index))
              || recorded.foreignKeys().stream().anyMatch(fk -> sameList(fk.columns(), index.columns()))
              || recorded.primaryKey() != null && sameList(recorded.primaryKey().columns(), index.columns());
      if (!explained) {
        drift.add(where + (index.unique() ? "unique index " : "index ") + index.name() + " on "
            + columns(index) + " is in the database but no migration creates it");
      }
    }
  }

  /** The same columns in the same order, each sorted the same way ({@code asc}, {@code desc}). */
  private boolean sameOrder(Index a, Index b) {
    if (!sameList(a.columns(), b.columns())) {
      return false;
    }
    for (int i = 0; i < a.columns().size(); i++) {
      if (descending(a, a.columns().get(i)) != descending(b, b.columns().get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean descending(Index index, String column) {
    return index.descending().stream().anyMatch(d -> same(d, column));
  }

  /** {@code (a desc, b)}. */
  private String columns(Index index) {
    return "(" + String.join(", ", index.columns().stream()
        .map(c -> descending(index, c) ? c + " desc" : c).toList()) + ")";
  }

  private boolean inPrimaryKey(Table table, String column) {
    return table.primaryKey() != null && table.primaryKey().columns().stream().anyMatch(c -> same(c, column));
  }

  private static String columns(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }
}
