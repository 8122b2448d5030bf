package org.jpamigrations.plugin.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.lint.Lint;
import org.jpamigrations.lint.Review;
import org.jpamigrations.lint.Rules;
import org.jpamigrations.lint.Severity;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.project.GitChanges;

/**
 * Reviews migrations for safety before they run: what each step loses, can fail on, breaks for the running
 * application, or locks, for the databases chosen. Runs nothing; a database, when reachable, tells which
 * migrations are pending and how many rows its tables hold, a fact shown with the findings.
 */
public final class LintCommand {

  /** Which migrations to review when none are named: those the database has not applied. */
  public static final String PENDING = "pending";
  public static final String ALL = "all";
  public static final String HEAD = "head";
  /** The migrations whose source files the current branch adds or changes against its base branch, told by git. */
  public static final String CHANGED = "changed";

  /**
   * @param packageName the migrations package
   * @param classLoader the project's class loader (the compiled migrations, the JDBC driver)
   * @param database the database whose pending migrations to review, or {@code null}
   * @param historyTable the history table's name
   * @param migrations {@code pending}, {@code all}, {@code head}, or revision ids separated by commas
   * @param databases the database keys whose rules apply ({@code postgresql}), or empty for every database
   * @param failOn the severity that fails the review, or {@code null} to report only
   * @param ddlLockTimeout the run-wide lock timeout upgrade runs with ({@code migrations.ddlLockTimeout}), if any:
   *     with it, no migration queues for a lock (JM408)
   * @param dialect the database's dialect when set ({@code migrations.dialect}), else {@code null} to tell it from
   *     the connection: it knows where the database keeps its table statistics
   * @param branch where the migrations are in git, for {@code changed} and for {@code pending} without a database
   *     that tells; {@code null} outside a project
   */
  public record Request(String packageName, ClassLoader classLoader, Database database, String historyTable,
      String migrations, List<String> databases, Severity failOn, Optional<LockWait> ddlLockTimeout, String dialect,
      BranchMigrations branch) {

    /** Outside a project, without a run-wide lock timeout, with the dialect told by the connection. */
    public Request(String packageName, ClassLoader classLoader, Database database, String historyTable,
        String migrations, List<String> databases, Severity failOn) {
      this(packageName, classLoader, database, historyTable, migrations, databases, failOn, Optional.empty(), null,
          null);
    }

    public Request {
      ddlLockTimeout = ddlLockTimeout == null ? Optional.empty() : ddlLockTimeout;
      databases = List.copyOf(databases);
      databases.forEach(key -> {
        if (!Rules.DATABASES.contains(key)) {
          throw new MigrationException("Unknown database '" + key + "' in migrations.lint.databases: name one or more"
              + " of " + String.join(", ", Rules.DATABASES) + ", or leave it out for every database.");
        }
      });
    }
  }

  /** The reviews, one per migration, in order; fails when a finding reaches {@code failOn} unacknowledged. */
  public List<Review> run(Request request, Reporter reporter) {
    RevisionGraph graph = RevisionGraph.allowingHeads(
        MigrationLoader.loadRequired(request.classLoader(), request.packageName()));
    DatabaseFacts facts = DatabaseFacts.read(request, graph, reporter);
    List<MigrationScript> chosen = chosen(request, graph, facts, reporter);
    Lint lint = Lint.all();
    List<Review> reviews = new ArrayList<>();
    for (MigrationScript script : chosen) {
      List<String> keys = request.databases().isEmpty() ? Collections.singletonList(null) : request.databases();
      for (String key : keys) {
        Review review = Review.of(graph, script, lint, key, request.ddlLockTimeout(), facts.sizes());
        reviews.add(review);
        for (Review.Reviewed finding : review.findings()) {
          String line = script.label() + ": " + finding.describe();
          if (finding.acknowledged().isPresent()) {
            reporter.info(line);
          } else {
            reporter.warn(line);
          }
        }
      }
    }
    long danger = count(reviews, Severity.DANGER);
    long caution = count(reviews, Severity.CAUTION);
    long acknowledged = reviews.stream().flatMap(r -> r.findings().stream()).filter(f -> f.acknowledged().isPresent())
        .count();
    reporter.info("Lint: " + chosen.size() + (chosen.size() == 1 ? " migration" : " migrations") + " reviewed for "
        + (request.databases().isEmpty() ? "every database" : String.join(", ", request.databases())) + ": "
        + danger + " danger, " + caution + " caution, " + acknowledged + " acknowledged.");
    if (request.failOn() != null) {
      List<Review.Reviewed> failing = reviews.stream().flatMap(r -> r.failing(request.failOn()).stream()).toList();
      if (!failing.isEmpty()) {
        Review.Reviewed first = failing.get(0);
        throw new MigrationException(failing.size() + (failing.size() == 1 ? " finding reaches" : " findings reach")
            + " migrations.lint.failOn=" + request.failOn().name().toLowerCase(Locale.ROOT) + ", first "
            + first.finding().rule().code() + " (" + first.finding().rule().docs() + "). Change the migration as the"
            + " page says, or accept the finding on its class with @Acknowledge(rule = \""
            + first.finding().rule().code() + "\", reason = \"...\").");
      }
    }
    return reviews;
  }

  private static long count(List<Review> reviews, Severity severity) {
    return reviews.stream().flatMap(r -> r.findings().stream())
        .filter(f -> f.acknowledged().isEmpty() && f.finding().rule().severity() == severity).count();
  }

  private static List<MigrationScript> chosen(Request request, RevisionGraph graph, DatabaseFacts facts,
      Reporter reporter) {
    switch (which(request).toLowerCase(Locale.ROOT)) {
      case ALL:
        return graph.ordered();
      case HEAD:
        return graph.heads();
      case PENDING:
        return pending(request, graph, facts, reporter);
      case CHANGED:
        return changed(request, graph, reporter);
      default:
        return Arrays.stream(which(request).split(",")).map(String::strip).filter(r -> !r.isEmpty()).map(graph::get)
            .toList();
    }
  }

  /**
   * The migrations the database has not applied; without a database that tells, those the branch adds or changes
   * when git knows its base branch, else every migration. One line says which and why.
   */
  private static List<MigrationScript> pending(Request request, RevisionGraph graph, DatabaseFacts facts,
      Reporter reporter) {
    if (facts.pending().isPresent()) {
      List<MigrationScript> pending = facts.pending().get();
      reporter.info("Reviewing the " + count(pending.size()) + " pending on " + request.database()
          + " (migrations.lint.migrations=all reviews every one)");
      return pending;
    }
    if (request.branch() == null) {
      reporter.info("Reviewing every migration: " + facts.noPending());
      return graph.ordered();
    }
    try {
      BranchMigrations.Changed changed = request.branch().changed(request.packageName(), graph);
      reporter.info("Reviewing the " + count(changed.scripts().size()) + " this branch adds or changes against "
          + changed.base() + ", as " + facts.noPending() + " (migrations.lint.migrations=all reviews every one)");
      return changed.scripts();
    } catch (GitChanges.Unavailable e) {
      reporter.info("Reviewing every migration: " + facts.noPending() + ", and git cannot tell which this branch"
          + " adds (" + e.getMessage() + ")");
      return graph.ordered();
    }
  }

  private static List<MigrationScript> changed(Request request, RevisionGraph graph, Reporter reporter) {
    if (request.branch() == null) {
      throw new MigrationException("migrations.lint.migrations=changed needs a project in a git work tree: run it"
          + " from the project, or name the migrations (all, head, or revision ids).");
    }
    try {
      BranchMigrations.Changed changed = request.branch().changed(request.packageName(), graph);
      reporter.info("Reviewing the " + count(changed.scripts().size()) + " this branch adds or changes against "
          + changed.base() + " (migrations.lint.base)");
      return changed.scripts();
    } catch (GitChanges.Unavailable e) {
      throw new MigrationException("migrations.lint.migrations=changed cannot tell which migrations this branch"
          + " adds: " + e.getMessage() + ".", e);
    }
  }

  private static String count(int migrations) {
    return migrations == 1 ? "1 migration" : migrations + " migrations";
  }

  /** Which migrations the request names: {@code pending} when it names none. */
  static String which(Request request) {
    return request.migrations() == null || request.migrations().isBlank() ? PENDING : request.migrations().strip();
  }
}
