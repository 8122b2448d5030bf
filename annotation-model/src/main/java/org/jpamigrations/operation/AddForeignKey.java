package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Schema;

/**
 * Adds a foreign key to a table. Online, PostgreSQL adds it {@code not valid} and then validates the rows in
 * a second statement that lets writes go on.
 */
public record AddForeignKey(String table, ForeignKey foreignKey, boolean online) implements Operation {

  /** Adds the foreign key the plain way, checking every row while writes wait. */
  public AddForeignKey(String table, ForeignKey foreignKey) {
    this(table, foreignKey, false);
  }

  @Override
  public Schema apply(Schema schema) {
    schema.table(foreignKey.referencedTable());
    if (schema.table(table).findForeignKey(foreignKey.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + table + " already has foreign key " + foreignKey.name());
    }
    return schema.replaceTable(table, t -> t.withForeignKey(foreignKey));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropForeignKey(table, foreignKey.name()));
  }

  @Override
  public String describe() {
    return "add foreign key " + foreignKey.name() + " on " + table + foreignKey.columns()
        + " -> " + foreignKey.referencedTable() + foreignKey.referencedColumns() + (online ? " (online)" : "");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
