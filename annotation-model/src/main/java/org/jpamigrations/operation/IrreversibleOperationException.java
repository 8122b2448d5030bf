package org.jpamigrations.operation;

/** Thrown by {@link Operation#inverse} when an operation cannot be undone from the model alone. */
public class IrreversibleOperationException extends RuntimeException {
  public IrreversibleOperationException(String message) {
    super(message);
  }
}
