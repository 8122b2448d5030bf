package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;

/** Drops a column and its values. Destructive, unless the database computes them (a generated column). */
public record DropColumn(String table, String column) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    Table t = schema.table(table);
    if (t.findColumn(column).isEmpty()) {
      throw new IllegalArgumentException("Table " + table + " has no column " + column);
    }
    String user = constraintUsing(schema, t);
    if (user != null) {
      throw new IllegalArgumentException(
          "Cannot drop column " + table + "." + column + ": " + user + " uses it; drop that first");
    }
    return schema.replaceTable(table, x -> x.withColumns(
        x.columns().stream().filter(c -> !Names.same(c.name(), column)).toList()));
  }

  private String constraintUsing(Schema schema, Table t) {
    if (t.primaryKey() != null && contains(t.primaryKey().columns())) {
      return "the primary key";
    }
    for (UniqueConstraint u : t.uniqueConstraints()) {
      if (contains(u.columns())) {
        return "unique constraint " + u.name();
      }
    }
    for (Index i : t.indexes()) {
      if (contains(i.columns())) {
        return "index " + i.name();
      }
    }
    for (ForeignKey fk : t.foreignKeys()) {
      if (contains(fk.columns())) {
        return "foreign key " + fk.name();
      }
    }
    for (Table other : schema.tables()) {
      for (ForeignKey fk : other.foreignKeys()) {
        if (Names.same(fk.referencedTable(), table) && contains(fk.referencedColumns())) {
          return "foreign key " + fk.name() + " of table " + other.name();
        }
      }
    }
    return null;
  }

  private boolean contains(List<String> columns) {
    return columns.stream().anyMatch(c -> Names.same(c, column));
  }

  /**
   * Adds the column back. A NOT NULL column without a default cannot be added to a table with rows, so
   * it comes back nullable, its rows get the zero of its type, and then it becomes NOT NULL: the
   * values it held are gone either way.
   */
  @Override
  public List<Operation> inverse(Schema before) {
    Column dropped = dropped(before);
    if (dropped.nullable() || dropped.defaultValue() != null || dropped.generated() || dropped.identity()) {
      return List.of(new AddColumn(table, dropped));
    }
    return List.of(new AddColumn(table, dropped.withNullable(true)), new FillNulls(table, column, null),
        new AlterColumn(table, dropped));
  }

  /** A generated column's values come back with it: only a column that holds what was written loses data. */
  @Override
  public boolean isDestructive(Schema before) {
    return !dropped(before).generated();
  }

  private Column dropped(Schema before) {
    return before.table(table).findColumn(column).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no column " + column));
  }

  @Override
  public String describe() {
    return "drop column " + table + "." + column;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
