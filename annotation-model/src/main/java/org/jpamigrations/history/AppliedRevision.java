package org.jpamigrations.history;

import java.time.Instant;

/**
 * One row of the history table: a migration applied to this database, or one that failed half-way
 * on a database that could not roll it back.
 *
 * @param revision revision id
 * @param message the migration's message
 * @param checksum {@link Checksums} of its operations when it ran
 * @param appliedAt when it finished (or failed)
 * @param executionMillis how long it took
 * @param appliedBy the operating-system user that ran it
 * @param status applied, or how it failed
 * @param failedStep the 1-based statement it failed at; {@code null} when applied
 * @param failure the failed statement and the database's message; {@code null} when applied
 */
public record AppliedRevision(
    String revision,
    String message,
    String checksum,
    Instant appliedAt,
    long executionMillis,
    String appliedBy,
    Status status,
    Integer failedStep,
    String failure) {

  /** What a row says about its migration. */
  public enum Status {
    /** Applied completely. */
    APPLIED,
    /** {@code up()} failed after some of its statements took effect: the schema is half-way. */
    FAILED,
    /** {@code down()} failed after some of its statements took effect: the schema is half-way back. */
    UNDO_FAILED
  }

  public AppliedRevision {
    status = status == null ? Status.APPLIED : status;
  }

  /** An applied migration. */
  public AppliedRevision(
      String revision, String message, String checksum, Instant appliedAt, long executionMillis, String appliedBy) {
    this(revision, message, checksum, appliedAt, executionMillis, appliedBy, Status.APPLIED, null, null);
  }

  public boolean failed() {
    return status != Status.APPLIED;
  }
}
