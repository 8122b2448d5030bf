package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/**
 * Runs SQL text as it is, on every database: data fixes and anything the operations do not cover.
 * It does not change the schema model, so replay skips it.
 */
public record ExecuteSql(String sql) implements Operation {

  public ExecuteSql {
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("SQL to execute must not be empty");
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
    throw new IrreversibleOperationException("SQL cannot be undone automatically: " + describe());
  }

  @Override
  public String describe() {
    String line = sql.strip().replaceAll("\\s+", " ");
    return "execute " + (line.length() > 60 ? line.substring(0, 57) + "..." : line);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
