package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Schema;

/**
 * Adds a check constraint to a table; rows that do not meet it make the database refuse. Online, PostgreSQL
 * adds it {@code not valid} and then validates the rows in a second statement that lets writes go on.
 */
public record AddCheckConstraint(String table, CheckConstraint check, boolean online) implements Operation {

  /** Adds the check the plain way, checking every row while writes wait. */
  public AddCheckConstraint(String table, CheckConstraint check) {
    this(table, check, false);
  }

  @Override
  public Schema apply(Schema schema) {
    if (schema.table(table).findCheck(check.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + table + " already has check constraint " + check.name());
    }
    return schema.replaceTable(table, t -> t.withCheck(check));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropCheckConstraint(table, check.name()));
  }

  @Override
  public String describe() {
    return "add check constraint " + check.name() + " on " + table + " (" + check.expression() + ")"
        + (online ? " (online)" : "");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
