package org.jpamigrations.lint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts a safety finding on a migration, with the reason: the finding is still shown, marked as
 * acknowledged, but no longer fails {@code migrations:lint}.
 *
 * <pre>{@code
 * @Acknowledge(rule = "JM102", on = "customer.fax", reason = "no release reads fax since 2.3")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Acknowledge.List.class)
public @interface Acknowledge {

  /** The rule's code, {@code JM102}. */
  String rule();

  /** Why the finding is fine here; shown with it. */
  String reason();

  /**
   * The step it applies to, by the table or {@code table.column} the step names; empty for every step of the
   * migration the rule fires on.
   */
  String on() default "";

  /** Holds several acknowledgements on one migration. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    Acknowledge[] value();
  }
}
