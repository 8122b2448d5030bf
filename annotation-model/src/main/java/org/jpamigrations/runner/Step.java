package org.jpamigrations.runner;

import org.jpamigrations.operation.ExecuteJdbc;

/** One thing a migration runs, in order: a SQL statement or a piece of Java code. */
public sealed interface Step {

  /** The step as a message shows it. */
  String text();

  /**
   * @param sql the statement
   * @param ddl whether it changes the schema: where DDL is not transactional, it commits as it runs
   */
  record Sql(String sql, boolean ddl) implements Step {
    @Override
    public String text() {
      return sql;
    }
  }

  record Work(ExecuteJdbc operation) implements Step {
    @Override
    public String text() {
      return operation.describe();
    }
  }
}
