package org.jpamigrations.history;

import java.time.Instant;

/**
 * One row of the history table: a migration applied to this database.
 *
 * @param revision revision id
 * @param message the migration's message
 * @param checksum {@link Checksums} of its operations when it ran
 * @param appliedAt when it finished
 * @param executionMillis how long it took
 * @param appliedBy the operating-system user that ran it
 */
public record AppliedRevision(
    String revision, String message, String checksum, Instant appliedAt, long executionMillis, String appliedBy) {}
