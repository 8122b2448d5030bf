package org.jpamigrations.plugin.codegen;

import java.time.Instant;
import java.util.List;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;

/**
 * Everything needed to write one migration class.
 *
 * @param packageName package of the generated class; empty for the default package
 * @param revision revision id, as made by {@link MigrationNames#nextRevision}
 * @param parents revisions this one follows: none for the first migration, two for a merge
 * @param message what the migration does; also names the class
 * @param created when it was generated, or {@code null} to leave it out
 * @param before the schema the parent revisions leave, which the operations apply to
 * @param operations the changes {@code up()} declares, in order
 * @param warnings what a person must check or fill in before applying it, shown at the top of
 *     {@code up()}
 * @param databases the databases it runs on ({@code @Revision(databases)}); empty for every one
 * @param replaces the revisions a squash replaces ({@code @Revision(replaces)}), oldest first; empty for
 *     any other migration
 * @param transactional whether it runs in a transaction ({@code @Revision(transactional)})
 * @param lockTimeout its {@code @LockTimeout}, or {@code null} for none
 * @param contract whether it is the contract half of an expand/contract pair ({@code @Revision(contract)})
 */
public record MigrationSource(
    String packageName,
    String revision,
    List<String> parents,
    String message,
    Instant created,
    Schema before,
    List<Operation> operations,
    List<String> warnings,
    List<String> databases,
    List<String> replaces,
    boolean transactional,
    LockWait lockTimeout,
    boolean contract) {

  public MigrationSource {
    if (revision == null || revision.isBlank()) {
      throw new IllegalArgumentException("A migration needs a revision id");
    }
    packageName = packageName == null ? "" : packageName;
    parents = parents == null ? List.of() : List.copyOf(parents);
    message = message == null ? "" : message;
    before = before == null ? Schema.EMPTY : before;
    operations = operations == null ? List.of() : List.copyOf(operations);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    databases = databases == null ? List.of() : List.copyOf(databases);
    replaces = replaces == null ? List.of() : List.copyOf(replaces);
  }

  /** A migration that is no contract. */
  public MigrationSource(String packageName, String revision, List<String> parents, String message, Instant created,
      Schema before, List<Operation> operations, List<String> warnings, List<String> databases, List<String> replaces,
      boolean transactional, LockWait lockTimeout) {
    this(packageName, revision, parents, message, created, before, operations, warnings, databases, replaces,
        transactional, lockTimeout, false);
  }

  /** A migration without {@code @LockTimeout}. */
  public MigrationSource(String packageName, String revision, List<String> parents, String message, Instant created,
      Schema before, List<Operation> operations, List<String> warnings, List<String> databases, List<String> replaces,
      boolean transactional) {
    this(packageName, revision, parents, message, created, before, operations, warnings, databases, replaces,
        transactional, null, false);
  }

  /** A migration that replaces none. */
  public MigrationSource(String packageName, String revision, List<String> parents, String message,
      Instant created, Schema before, List<Operation> operations, List<String> warnings, List<String> databases) {
    this(packageName, revision, parents, message, created, before, operations, warnings, databases, List.of(), true);
  }

  /** A migration for every database. */
  public MigrationSource(String packageName, String revision, List<String> parents, String message,
      Instant created, Schema before, List<Operation> operations, List<String> warnings) {
    this(packageName, revision, parents, message, created, before, operations, warnings, List.of());
  }

  /** A migration without warnings. */
  public MigrationSource(String packageName, String revision, List<String> parents, String message,
      Instant created, Schema before, List<Operation> operations) {
    this(packageName, revision, parents, message, created, before, operations, List.of(), List.of());
  }
}
