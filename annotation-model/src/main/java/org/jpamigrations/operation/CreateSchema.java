package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/**
 * Creates a namespace for tables: a schema, or a database on MySQL and MariaDB (where a table name's
 * qualifier names a database). Nothing happens when it exists already, made by hand, say.
 */
public record CreateSchema(String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    return schema.withNamespace(name);
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropSchema(name));
  }

  @Override
  public String describe() {
    return "create schema " + name;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
