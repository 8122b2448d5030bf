package org.jpamigrations.lint;

import java.util.List;
import java.util.Locale;
import org.jpamigrations.operation.Operation;

/**
 * One safety rule: a stable code, how much it matters, the databases it concerns, and what to do about it.
 *
 * @param code stable identifier, {@code JM102}; acknowledgements and the docs use it
 * @param severity how much a finding matters
 * @param category what kind of harm it warns of
 * @param databases the database keys it concerns ({@code postgresql}); empty for every database
 * @param title a few words, for lists
 * @param problem what goes wrong, one sentence
 * @param fix what to do instead, one or two sentences
 * @param check whether the rule fires on an operation, given where it runs
 */
public record Rule(String code, Severity severity, Category category, List<String> databases, String title, String problem, String fix,
    Check check) {

  /** What kind of harm a rule warns of. */
  public enum Category {
    /** The step loses data: rows, values, a sequence's position. */
    DATA_LOSS,
    /** The step can fail on rows the table already holds. */
    EXISTING_ROWS,
    /** The application version still running breaks once the step ran. */
    RUNNING_APPLICATION,
    /** The step locks or rewrites a table while it runs. */
    LOCKING
  }

  /** Whether the rule fires on an operation. */
  @FunctionalInterface
  public interface Check {
    boolean fires(Operation operation, StepContext context);
  }

  public Rule {
    databases = List.copyOf(databases);
  }

  /** Whether it concerns the database of this key; a rule for every database concerns all. */
  public boolean concerns(String database) {
    return databases.isEmpty() || databases.contains(database);
  }

  /** Where its page is in the docs. */
  public String docs() {
    return "docs/lint.md#" + code.toLowerCase(Locale.ROOT);
  }
}
