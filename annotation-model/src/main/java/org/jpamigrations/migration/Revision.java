package org.jpamigrations.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} and places it in the revision history. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

  /** Unique, sortable revision id, for example {@code 20261125101500}. */
  String id();

  /** The revision this one follows; empty for the first migration. Two for a merge. */
  String[] parent() default {};

  /** What the migration does, as given to {@code migrations:generate}. */
  String message() default "";

  /** When the migration was generated, ISO-8601. */
  String created() default "";

  /**
   * Whether the migration runs in a transaction together with its history row (the default). Set it
   * to {@code false} for statements a database refuses inside a transaction, such as PostgreSQL's
   * {@code create index concurrently}: each statement then commits as it runs, and a failure half-way
   * is recorded as FAILED in the history table, to be fixed by hand and cleared with
   * {@code migrations:repair}, as on databases whose DDL is not transactional.
   */
  boolean transactional() default true;

  /**
   * The databases the migration runs on: {@code h2}, {@code postgresql}, {@code mysql}, {@code mariadb},
   * {@code sqlserver}, {@code oracle}. Empty, the default, for every database, as a migration of logical
   * operations is. Name them when the migration holds SQL or a {@code columnDefinition} only some
   * databases take: {@code upgrade} and {@code downgrade} then stop on any other database before they
   * run anything.
   */
  String[] databases() default {};

  /**
   * The revisions this migration replaces, oldest first, when it is a squash of them
   * ({@code migrations:squash}): a database that applied none of them runs this one instead, and a
   * database that applied some runs the rest of them as before. Children of the last one follow this
   * one too, so the replaced classes can be deleted once every database has applied them or this one.
   */
  String[] replaces() default {};

  /**
   * Whether this migration is the contract half of an expand/contract pair: it removes what the
   * application version before it still uses (an old column, a renamed column's old name, a table), so it
   * must not run while that version may still be running. {@code upgrade} holds it back as long as it is
   * the last migration of its branch and the database had migrations applied before the run: it runs with
   * the next release's upgrade (once a migration follows it), at once on a new database, when it is the
   * explicit target, or with {@code migrations.contract=true}.
   */
  boolean contract() default false;
}
