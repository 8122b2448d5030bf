package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;

/**
 * Creates a table with its columns, primary key and unique constraints. Foreign keys and indexes
 * are separate operations, so that tables that reference each other can all be created first.
 */
public record CreateTable(Table table) implements Operation {

  public CreateTable {
    if (!table.foreignKeys().isEmpty() || !table.indexes().isEmpty()) {
      throw new IllegalArgumentException("Create table " + table.name()
          + " without foreign keys and indexes; add them with addForeignKey and createIndex");
    }
  }

  @Override
  public Schema apply(Schema schema) {
    return schema.withTable(table);
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropTable(table.name()));
  }

  @Override
  public String describe() {
    return "create table " + table.name();
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
