package org.jpamigrations.spring;

import java.util.List;
import org.jpamigrations.MigrationStatus;
import org.jpamigrations.history.AppliedRevision;

/**
 * What the {@code migrations} Actuator endpoint answers: where the database stands. Times are ISO-8601
 * strings so that the JSON is the same with Jackson 2 (Boot 3.5) and Jackson 3 (Boot 4).
 *
 * @param database the database, without password
 * @param current the current revisions; empty at base
 * @param applied the applied migrations, oldest first
 * @param pending the migrations an upgrade would apply, in order
 * @param failed the migrations that failed half-way and wait for repair
 * @param problems failed, edited and missing migrations, each with its fix
 * @param upToDate whether nothing is pending and nothing is wrong
 */
public record MigrationsReport(String database, List<String> current, List<Applied> applied, List<Pending> pending,
    List<Failed> failed, List<String> problems, boolean upToDate) {

  /** One applied migration. */
  public record Applied(String revision, String message, String appliedAt) {}

  /** One migration not applied yet. */
  public record Pending(String revision, String message) {}

  /** One migration that failed half-way, with the statement and the database's message. */
  public record Failed(String revision, String message, String failedAt, String failure) {}

  static MigrationsReport of(MigrationStatus status) {
    return new MigrationsReport(status.database(), status.current(),
        status.applied().stream().map(r -> new Applied(r.revision(), r.message(), time(r))).toList(),
        status.pending().stream().map(s -> new Pending(s.revision(), s.message())).toList(),
        status.failed().stream().map(r -> new Failed(r.revision(), r.message(), time(r), r.failure())).toList(),
        status.problems(), status.upToDate());
  }

  private static String time(AppliedRevision row) {
    return row.appliedAt() == null ? null : row.appliedAt().toString();
  }
}
