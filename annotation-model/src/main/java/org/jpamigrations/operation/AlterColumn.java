package org.jpamigrations.operation;

import java.util.List;
import java.util.Objects;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;

/**
 * Changes a column's type, nullability, default or comment to the given definition (same name).
 * Narrowing the type (a shorter length, a smaller precision or scale, fewer digits before the decimal
 * point, another type, an enum that loses constants or a column that becomes one) is destructive. Online, a
 * column made NOT NULL is first checked by a constraint validated without blocking writes, so that PostgreSQL
 * skips its scan under an exclusive lock.
 */
public record AlterColumn(String table, Column column, boolean online) implements Operation {

  /** Changes the column the plain way. */
  public AlterColumn(String table, Column column) {
    this(table, column, false);
  }

  @Override
  public Schema apply(Schema schema) {
    return schema.replaceTable(table, t -> t.replaceColumn(column.name(), old -> column));
  }

  /** The column as it was before this operation. */
  public Column before(Schema before) {
    return before.table(table).findColumn(column.name()).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no column " + column.name()));
  }

  /**
   * The column as it was. Where this made a NOT NULL column nullable, rows written since may hold null: they get
   * the column's default, or the zero of its type, before NOT NULL comes back, so that the undo cannot stop half-way.
   */
  @Override
  public List<Operation> inverse(Schema before) {
    Column was = before(before);
    if (column.nullable() && !was.nullable() && !was.identity() && !was.generated()) {
      return List.of(new FillNulls(table, was.name(), was.defaultValue()), new AlterColumn(table, was));
    }
    return List.of(new AlterColumn(table, was));
  }

  @Override
  public boolean isDestructive(Schema before) {
    return narrows(before(before).type(), column.type());
  }

  /** Whether values of type {@code from} may not fit in {@code to}. */
  public static boolean narrows(ColumnType from, ColumnType to) {
    if (from.code() != to.code() || !Objects.equals(from.definition(), to.definition())) {
      return true;
    }
    if (to.isEnum() && (!from.isEnum() || !to.values().containsAll(from.values()))) {
      return true; // rows may hold a value the enum no longer allows
    }
    if (to.byOrdinal() && !to.values().subList(0, Math.min(from.values().size(), to.values().size()))
        .equals(from.values())) {
      return true; // stored ordinals now stand for other constants
    }
    return smaller(from.length() == null ? null : from.length().doubleValue(),
            to.length() == null ? null : to.length().doubleValue())
        || smaller(from.precision() == null ? null : from.precision().doubleValue(),
            to.precision() == null ? null : to.precision().doubleValue())
        || smaller(from.scale() == null ? null : from.scale().doubleValue(),
            to.scale() == null ? null : to.scale().doubleValue())
        || smaller(integerDigits(from), integerDigits(to));
  }

  /** Digits before the decimal point: numeric(10,2) holds 8, so numeric(10,4) (6) narrows it. */
  private static Double integerDigits(ColumnType type) {
    if (type.precision() == null) {
      return null;
    }
    return (double) (type.precision() - (type.scale() == null ? 0 : type.scale()));
  }

  private static boolean smaller(Double from, Double to) {
    return to != null && (from == null || to < from);
  }

  @Override
  public String describe() {
    return "alter column " + table + "." + column.name() + (online ? " (online)" : "");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
