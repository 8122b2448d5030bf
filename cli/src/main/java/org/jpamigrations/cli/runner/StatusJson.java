package org.jpamigrations.cli.runner;

import java.util.List;
import java.util.function.Function;
import org.jpamigrations.MigrationStatus;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.history.AppliedRevision;

/**
 * {@code status --json}: one object for scripts and dashboards. Written by hand, so that the CLI needs no
 * JSON library on the application's class path.
 *
 * <pre>{@code
 * {"database": "...", "current": ["..."], "upToDate": true, "heads": ["..."],
 *  "applied": [{"revision", "message", "checksum", "appliedAt", "executionMs", "appliedBy", "status"}],
 *  "pending": [{"revision", "message", "label"}], "failed": [...as applied, with "failedStep", "failure"],
 *  "problems": ["..."]}
 * }</pre>
 */
final class StatusJson {

  private StatusJson() {}

  static String of(MigrationStatus status) {
    return "{"
        + field("database", string(status.database())) + ","
        + field("current", array(status.current(), StatusJson::string)) + ","
        + field("upToDate", String.valueOf(status.upToDate())) + ","
        + field("heads", array(status.heads(), StatusJson::string)) + ","
        + field("applied", array(status.applied(), StatusJson::row)) + ","
        + field("pending", array(status.pending(), StatusJson::script)) + ","
        + field("heldBack", array(status.heldBack().stream().map(MigrationScript::revision).toList(),
            StatusJson::string)) + ","
        + field("failed", array(status.failed(), StatusJson::row)) + ","
        + field("problems", array(status.problems(), StatusJson::string))
        + "}";
  }

  private static String row(AppliedRevision row) {
    return "{"
        + field("revision", string(row.revision())) + ","
        + field("message", string(row.message())) + ","
        + field("checksum", string(row.checksum())) + ","
        + field("appliedAt", row.appliedAt() == null ? "null" : string(row.appliedAt().toString())) + ","
        + field("executionMs", String.valueOf(row.executionMillis())) + ","
        + field("appliedBy", string(row.appliedBy())) + ","
        + field("status", string(row.status().name()))
        + (row.failed()
            ? "," + field("failedStep", String.valueOf(row.failedStep())) + "," + field("failure", string(row.failure()))
            : "")
        + "}";
  }

  private static String script(MigrationScript script) {
    return "{"
        + field("revision", string(script.revision())) + ","
        + field("message", string(script.message())) + ","
        + field("label", string(script.label()))
        + "}";
  }

  private static String field(String name, String json) {
    return string(name) + ":" + json;
  }

  private static <T> String array(List<T> items, Function<T, String> json) {
    StringBuilder text = new StringBuilder("[");
    for (T item : items) {
      text.append(text.length() == 1 ? "" : ",").append(json.apply(item));
    }
    return text.append(']').toString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped; {@code null} as null. */
  static String string(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder text = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    return text.append('"').toString();
  }
}
