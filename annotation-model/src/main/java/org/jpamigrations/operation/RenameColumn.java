package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.UniqueConstraint;

/** Renames a column, keeping its values; keys, indexes and foreign keys follow. */
public record RenameColumn(String table, String from, String to) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    if (schema.table(table).findColumn(to).isPresent()) {
      throw new IllegalArgumentException(
          "Cannot rename column " + table + "." + from + " to " + to + ": " + to + " exists");
    }
    Schema renamed = schema.replaceTable(table, t -> t
        .replaceColumn(from, c -> c.withName(to))
        .withPrimaryKey(t.primaryKey() == null ? null
            : new PrimaryKey(t.primaryKey().name(), rename(t.primaryKey().columns())))
        .withUniqueConstraints(t.uniqueConstraints().stream()
            .map(u -> new UniqueConstraint(u.name(), rename(u.columns()))).toList())
        .withIndexes(t.indexes().stream()
            .map(i -> new Index(i.name(), rename(i.columns()), i.unique(), rename(i.descending()))).toList())
        .withForeignKeys(t.foreignKeys().stream()
            .map(fk -> new ForeignKey(fk.name(), rename(fk.columns()), fk.referencedTable(),
                fk.referencedColumns(), fk.onDelete(), fk.definition())).toList()));
    for (var other : renamed.tables()) {
      renamed = renamed.replaceTable(other.name(), t -> t.withForeignKeys(t.foreignKeys().stream()
          .map(fk -> Names.same(fk.referencedTable(), table)
              ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), rename(fk.referencedColumns()),
                  fk.onDelete(), fk.definition())
              : fk)
          .toList()));
    }
    return renamed;
  }

  private List<String> rename(List<String> columns) {
    return columns.stream().map(c -> Names.same(c, from) ? to : c).toList();
  }

  @Override
  public List<Operation> inverse(Schema before) {
    // back to the name as the schema spells it, which may differ in case from the one given
    String original = before.table(table).findColumn(from).map(Column::name).orElseThrow(
        () -> new IllegalArgumentException("Table " + table + " has no column " + from));
    return List.of(new RenameColumn(table, to, original));
  }

  @Override
  public String describe() {
    return "rename column " + table + "." + from + " to " + to;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
