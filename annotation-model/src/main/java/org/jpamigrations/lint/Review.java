package org.jpamigrations.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.LockWait;

/**
 * The findings of one migration, each with the acknowledgement that accepts it, if any.
 *
 * @param script the migration
 * @param findings what the rules found, in step order
 */
public record Review(MigrationScript script, List<Reviewed> findings) {

  /**
   * A finding and the migration's answer to it.
   *
   * @param finding what a rule found
   * @param acknowledged the reason given in {@link Acknowledge}, if the migration accepts it
   */
  public record Reviewed(Finding finding, Optional<String> acknowledged) {

    /** The finding's line, with the acknowledgement when there is one. */
    public String describe() {
      return finding.describe() + " (" + finding.rule().docs() + ")"
          + acknowledged.map(reason -> " Acknowledged: " + reason).orElse("");
    }
  }

  public Review {
    findings = List.copyOf(findings);
  }

  /** Reviews the migration against the schema the migrations before it leave, for the database or for every one. */
  public static Review of(RevisionGraph graph, MigrationScript script, Lint lint, String database) {
    return of(graph, script, lint, database, Optional.empty());
  }

  /**
   * Reviews the migration as a run with the run-wide lock timeout {@code runWide} would run it: with that one or
   * its own {@code @LockTimeout}, its locking steps give up instead of queuing.
   */
  public static Review of(RevisionGraph graph, MigrationScript script, Lint lint, String database,
      Optional<LockWait> runWide) {
    return of(graph, script, lint, database, runWide, TableSizes.UNKNOWN);
  }

  /** Reviews the migration as above, each finding on an existing table with its estimated rows from {@code sizes}. */
  public static Review of(RevisionGraph graph, MigrationScript script, Lint lint, String database,
      Optional<LockWait> runWide, TableSizes sizes) {
    boolean lockTimeout = runWide.isPresent() || LockWait.declaredBy(script.type()).isPresent();
    List<Finding> found = lint.check(graph.schemaBefore(script.revision()), script.up(), database, lockTimeout,
        sizes);
    List<Acknowledge> answers = Arrays.asList(script.type().getAnnotationsByType(Acknowledge.class));
    return new Review(script, found.stream()
        .map(finding -> new Reviewed(finding, answers.stream().filter(a -> accepts(a, finding)).findFirst()
            .map(Acknowledge::reason)))
        .toList());
  }

  /** The findings no acknowledgement accepts whose severity reaches the threshold. */
  public List<Reviewed> failing(Severity threshold) {
    return findings.stream()
        .filter(f -> f.acknowledged().isEmpty() && f.finding().rule().severity().reaches(threshold))
        .toList();
  }

  private static boolean accepts(Acknowledge answer, Finding finding) {
    if (!answer.rule().strip().equalsIgnoreCase(finding.rule().code())) {
      return false;
    }
    String on = answer.on().strip();
    // "customer" or "customer.email" as a whole word of the step's description: not "customer_note"
    return on.isEmpty() || Pattern.compile("(^|[\\s(])" + Pattern.quote(on) + "($|[\\s.,)])", Pattern.CASE_INSENSITIVE)
        .matcher(finding.operation().describe()).find();
  }
}
