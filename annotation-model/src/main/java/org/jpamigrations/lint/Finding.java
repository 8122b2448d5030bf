package org.jpamigrations.lint;

import java.util.Optional;
import org.jpamigrations.operation.Operation;

/**
 * What a rule found at one step of a migration.
 *
 * @param rule the rule, with its code, severity and fix
 * @param step the operation's position in {@code up()}, from 1
 * @param operation the operation it judges
 * @param database the database it applies to ({@code postgresql}), or empty for every one
 * @param size the estimated rows of the existing table the step works on, when the database lint was given tells
 */
public record Finding(Rule rule, int step, Operation operation, String database, Optional<TableSizes.Estimate> size) {

  public Finding {
    size = size == null ? Optional.empty() : size;
  }

  /** A finding without a table size. */
  public Finding(Rule rule, int step, Operation operation, String database) {
    this(rule, step, operation, database, Optional.empty());
  }

  /** {@code DANGER JM102 drop column customer.email (customer: about 1,200 rows): ...}: one line for the log and the file. */
  public String describe() {
    return rule.severity() + " " + rule.code() + (database.isEmpty() ? "" : " on " + database) + " at step " + step
        + ": " + operation.describe() + size.map(s -> " (" + s.describe(rule.category()) + ")").orElse("") + ": "
        + rule.problem() + " " + rule.fix();
  }
}
