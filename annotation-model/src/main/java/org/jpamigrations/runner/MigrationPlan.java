package org.jpamigrations.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.Operation;

/**
 * What one migration runs in one direction, in order, rendered for a dialect before anything runs:
 * each operation is rendered against the schema it starts from, which is tracked by applying the
 * operations before it. The runner executes the steps; {@code migrations:sql} writes them out.
 */
public final class MigrationPlan {

  private static final Pattern DDL = Pattern.compile(
      "^\\s*(create|alter|drop|rename|truncate|comment)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private MigrationPlan() {}

  /** The steps of {@code script}'s operations in {@code direction}, given the graph it belongs to. */
  public static List<Step> of(
      RevisionGraph graph, SqlDialect dialect, MigrationScript script, Direction direction, List<Operation> operations) {
    Schema schema = direction == Direction.UP ? graph.schemaBefore(script.revision()) : graph.schemaAt(script.revision());
    List<Step> steps = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation instanceof ExecuteJdbc jdbc) {
        steps.add(new Step.Work(jdbc));
      } else {
        try {
          boolean ddl = operation instanceof ExecuteSql text ? DDL.matcher(text.sql()).matches()
              : operation.changesSchema();
          dialect.render(operation, schema).forEach(sql -> steps.add(new Step.Sql(sql, ddl)));
        } catch (MigrationException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new MigrationException("Cannot write SQL for " + dialect.name() + " to " + operation.describe()
              + " in migration " + script.label() + ": " + e.getMessage()
              + ". Change the operation, or use op.sql(...) with SQL written by hand.", e);
        }
      }
      schema = direction == Direction.UP
          ? RevisionGraph.apply(script, List.of(operation), schema)
          : applyDown(script, operation, schema);
    }
    return steps;
  }

  private static Schema applyDown(MigrationScript script, Operation operation, Schema schema) {
    if (!operation.changesSchema()) {
      return schema;
    }
    try {
      return operation.apply(schema);
    } catch (IllegalArgumentException e) {
      throw new MigrationException("Migration " + script.label() + " cannot be undone: in down(), "
          + operation.describe() + " does not fit the schema its up() leaves: " + e.getMessage()
          + ". Fix down() so that it undoes up().", e);
    }
  }
}
