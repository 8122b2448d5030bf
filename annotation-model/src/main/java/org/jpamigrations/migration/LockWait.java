package org.jpamigrations.migration;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a migration's statements wait for a lock, and how often it is tried again after giving up: from
 * {@link LockTimeout} on the migration, or the run-wide default.
 *
 * @param timeout the wait for one lock, more than zero
 * @param retries the attempts after the first, 0 or more
 */
public record LockWait(Duration timeout, int retries) {

  public static final int DEFAULT_RETRIES = 5;
  /** More would keep a deploy going for long without telling anyone why. */
  public static final int MAX_RETRIES = 50;

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

  public LockWait {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      // 0 means "wait for ever" to PostgreSQL: the opposite of what is asked for.
      throw new IllegalArgumentException("The lock timeout must be more than zero, not " + timeout);
    }
    if (retries < 0 || retries > MAX_RETRIES) {
      throw new IllegalArgumentException("The retries after a lock timeout must be 0 to " + MAX_RETRIES
          + ", not " + retries);
    }
  }

  /** How many times a statement is tried in all. */
  public int attempts() {
    return retries + 1;
  }

  /** {@code 2s} or {@code 500ms}, as a user writes it. */
  public String describe() {
    long millis = timeout.toMillis();
    return millis % 60_000 == 0 ? millis / 60_000 + "m" : millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  /**
   * The wait declared by the migration's {@link LockTimeout}, if it has one.
   *
   * @throws MigrationException naming the class when the annotation's value is not a duration or its retries are
   *     out of range
   */
  public static Optional<LockWait> declaredBy(Class<?> migration) {
    LockTimeout declared = migration.getAnnotation(LockTimeout.class);
    if (declared == null) {
      return Optional.empty();
    }
    String where = "@LockTimeout on " + migration.getName();
    Duration timeout = parse(declared.value(), where);
    if (declared.retries() < 0 || declared.retries() > MAX_RETRIES) {
      throw new MigrationException(where + " has retries = " + declared.retries() + ": give 0 to " + MAX_RETRIES
          + " (" + DEFAULT_RETRIES + " when left out).");
    }
    return Optional.of(new LockWait(timeout, declared.retries()));
  }

  /**
   * A duration as {@code 500ms}, {@code 2s} or {@code 1m}, more than zero.
   *
   * @param where what the text comes from, for the message: {@code migrations.ddlLockTimeout}
   */
  public static Duration parse(String text, String where) {
    Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new MigrationException(where + " is '" + text + "', which is not a duration: write it as 500ms, 2s"
          + " or 1m.");
    }
    long amount = Long.parseLong(m.group(1));
    Duration duration = switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
    if (duration.isZero()) {
      throw new MigrationException(where + " is '" + text + "': give more than zero (PostgreSQL takes 0 as no"
          + " timeout at all), such as 2s.");
    }
    return duration;
  }
}
