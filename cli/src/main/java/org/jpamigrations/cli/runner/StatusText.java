package org.jpamigrations.cli.runner;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jpamigrations.MigrationStatus;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.history.AppliedRevision;

/** {@code status} for a person: the lines {@code mvn migrations:status} prints, without the entity check. */
final class StatusText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  private StatusText() {}

  static void print(MigrationStatus status, Map<String, MigrationScript> scripts, PrintWriter out,
      PrintWriter err) {
    out.println("Database " + status.database() + " is at " + status.describeCurrent());
    if (status.heads().size() > 1) {
      err.println("Warning: the migrations have " + status.heads().size() + " heads ("
          + String.join(", ", status.heads()) + "): join them with mvn migrations:merge before you upgrade.");
    }
    out.println("Applied (" + status.applied().size() + "):");
    for (AppliedRevision row : status.applied()) {
      MigrationScript script = scripts.get(row.revision());
      out.printf("  %s  %s  %s%n", row.revision(), row.appliedAt() == null ? "?" : WHEN.format(row.appliedAt()),
          script == null ? row.message() + "  (no class: missing)" : label(script));
    }
    List<MigrationScript> pending = status.pending();
    out.println("Pending (" + pending.size() + "):" + (pending.isEmpty() ? " none" : ""));
    for (MigrationScript script : pending) {
      out.println("  " + script.revision() + "  " + label(script) + (status.heldBack().contains(script)
          ? "  contract, held back until the next release (or --contract)" : ""));
    }
    if (!status.problems().isEmpty()) {
      out.println("Problems (" + status.problems().size() + "):");
      status.problems().forEach(problem -> out.println("  " + problem));
    }
  }

  private static String label(MigrationScript script) {
    return (script.message().isEmpty() ? "" : script.message() + "  ") + "(" + script.type().getSimpleName() + ")";
  }
}
