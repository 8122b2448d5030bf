package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/**
 * Runs Java code with the migration's JDBC connection: data migrations that need logic. It does not
 * change the schema model, so replay skips it.
 */
public record ExecuteJdbc(String description, JdbcWork work) implements Operation {

  public ExecuteJdbc {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("Java work to execute needs a description for the log");
    }
    if (work == null) {
      throw new IllegalArgumentException("Java work to execute must not be null: " + description);
    }
  }

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
    // a multi-line description would break the one-line log
    return "run " + description.strip().replaceAll("\\s+", " ");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
