package org.jpamigrations.runner;

import org.jpamigrations.operation.ExecuteJdbc;

/** One thing a migration runs, in order: a SQL statement or a piece of Java code. */
sealed interface Step {

  /** The step as a message shows it. */
  String text();

  record Sql(String sql) implements Step {
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
