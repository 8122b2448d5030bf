package org.jpamigrations.cli.runner;

import java.time.Duration;
import java.util.Map;
import org.jpamigrations.migration.LockWait;

/**
 * A command as the launcher passes it across the class loader boundary: plain strings, read here into
 * typed values. Absent keys are options not given.
 */
record Request(Map<String, String> values) {

  String command() {
    return values.get("command");
  }

  String get(String key) {
    return values.get(key);
  }

  boolean flag(String key) {
    return Boolean.parseBoolean(values.get(key));
  }

  Duration lockTimeout() {
    String value = values.get("lockTimeout");
    return value == null ? null : Duration.parse(value);
  }

  /** {@code --ddl-lock-timeout}, or {@code null}. */
  Duration ddlLockTimeout() {
    String value = values.get("ddlLockTimeout");
    return value == null ? null : Duration.parse(value);
  }

  /** {@code --ddl-retries}, 5 when not given. */
  int ddlRetries() {
    String value = values.get("ddlRetries");
    return value == null ? LockWait.DEFAULT_RETRIES : Integer.parseInt(value);
  }

  boolean verbose() {
    return flag("verbose");
  }
}
