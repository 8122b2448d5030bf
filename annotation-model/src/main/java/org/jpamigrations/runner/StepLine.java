package org.jpamigrations.runner;

/** The one line every front end prints for a migration applied or undone. */
public final class StepLine {

  private StepLine() {}

  public static String of(StepResult step) {
    String message = step.message() == null || step.message().isEmpty() ? "" : "\"" + step.message() + "\"";
    return String.format("%s %s %-40s %6d ms  %s", step.direction() == Direction.UP ? "Applied " : "Reverted",
        step.revision(), message, step.millis(), step.summary());
  }
}
