package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/**
 * Runs Java code with the migration's JDBC connection: data migrations that need logic. It does not
 * change the schema model, so replay skips it.
 */
public record ExecuteJdbc(String description, JdbcWork work) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    return schema;
  }

  @Override
  public boolean changesSchema() {
    return false;
  }

  @Override
  public List<Operation> inverse(Schema before) {
    throw new IrreversibleOperationException("Java code cannot be undone automatically: " + describe());
  }

  @Override
  public String describe() {
    return "run " + description;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
