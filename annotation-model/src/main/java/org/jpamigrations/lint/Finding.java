package org.jpamigrations.lint;

import org.jpamigrations.operation.Operation;

/**
 * What a rule found at one step of a migration.
 *
 * @param rule the rule, with its code, severity and fix
 * @param step the operation's position in {@code up()}, from 1
 * @param operation the operation it judges
 * @param database the database it applies to ({@code postgresql}), or empty for every one
 */
public record Finding(Rule rule, int step, Operation operation, String database) {

  /** {@code DANGER JM102 drop column customer.email: ...}: one line for the log and the file. */
  public String describe() {
    return rule.severity() + " " + rule.code() + (database.isEmpty() ? "" : " on " + database) + " at step " + step
        + ": " + operation.describe() + ": " + rule.problem() + " " + rule.fix();
  }
}
