package org.jpamigrations.lint;

/** How much a finding should worry the reviewer. */
public enum Severity {
  /** Loses data or breaks the running application: never without a decision. */
  DANGER,
  /** Can fail on existing rows, or locks or rewrites a table while it runs: fine on small tables, plan for large ones. */
  CAUTION;

  /** Whether a finding of this severity fails a build that fails on {@code threshold}. */
  public boolean reaches(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
