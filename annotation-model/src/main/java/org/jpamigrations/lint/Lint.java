package org.jpamigrations.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;

/** Runs the rules over the operations of one migration, for one database or for every one. */
public final class Lint {

  private final List<Rule> rules;

  public Lint(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The whole rule set. */
  public static Lint all() {
    return new Lint(Rules.ALL);
  }

  /**
   * The findings for the operations of {@code up()}, in step order.
   *
   * @param before the schema the migration starts from
   * @param database the database's key ({@code postgresql}) for its rules and the general ones, or {@code null}
   *     for every rule, each finding naming the database it concerns
   */
  public List<Finding> check(Schema before, List<Operation> operations, String database) {
    return check(before, operations, database, false);
  }

  /**
   * The findings, for a migration whose statements give up on a lock after a short wait ({@code lockTimeout}) or
   * not.
   */
  public List<Finding> check(Schema before, List<Operation> operations, String database, boolean lockTimeout) {
    return check(before, operations, database, lockTimeout, TableSizes.UNKNOWN);
  }

  /**
   * The findings, each on an existing table carrying its estimated rows from {@code sizes}: a fact for the
   * reader, which changes neither what fires nor how much it matters.
   */
  public List<Finding> check(Schema before, List<Operation> operations, String database, boolean lockTimeout,
      TableSizes sizes) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> created = StepContext.tablesCreated(operations);
    Schema schema = before;
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      StepContext context = new StepContext(schema, created, i, lockTimeout);
      Optional<TableSizes.Estimate> size = StepTables.of(operation).filter(context::existing).flatMap(sizes::of);
      for (Rule rule : rules) {
        if ((database == null || rule.concerns(database)) && rule.check().fires(operation, context)) {
          findings.add(new Finding(rule, i + 1, operation, String.join(", ", rule.databases()), size));
        }
      }
      schema = operation.changesSchema() ? operation.apply(schema) : schema;
    }
    return findings;
  }
}
