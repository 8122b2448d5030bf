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
}
