package org.jpamigrations.plugin.codegen;

import org.jpamigrations.operation.Operation;

/** One entry of a generated {@code up()} or {@code down()} body. */
public sealed interface Step permits Step.Statement, Step.Todo {

  /**
   * An operation to declare.
   *
   * @param warning why it can lose data, shown above it; {@code null} when it cannot
   */
  record Statement(Operation operation, String warning) implements Step {
    public boolean destructive() {
      return warning != null;
    }
  }

  /** Something the generator cannot write, left for a person to fill in. */
  record Todo(String text) implements Step {}
}
