package org.jpamigrations.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the migration's statements give up after waiting a short while for a table lock, and retries them
 * after a pause. A statement that needs an exclusive lock otherwise queues behind any long transaction on the
 * table, and every query on the table queues behind it meanwhile.
 *
 * <pre>{@code
 * @Revision(id = "20261205101500", parent = "20261130090000")
 * @LockTimeout(value = "2s", retries = 5)
 * public class AddCustomerEmail implements Migration { ... }
 * }</pre>
 *
 * <p>It wins over the run-wide {@code migrations.ddlLockTimeout}. A transactional migration is rolled back
 * and run again whole; a statement that runs outside a transaction is retried on its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LockTimeout {

  /** How long each statement waits for a lock: {@code 500ms}, {@code 2s}, {@code 1m}. */
  String value();

  /** How many times to try again after a lock timeout; 0 gives up at the first one. */
  int retries() default LockWait.DEFAULT_RETRIES;
}
