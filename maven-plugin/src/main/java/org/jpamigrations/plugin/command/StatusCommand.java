package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jpamigrations.MigrationStatus;
import org.jpamigrations.Migrations;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.diff.DiffResult;
import org.jpamigrations.diff.SchemaDiffer;
import org.jpamigrations.plugin.concurrent.Background;
import org.jpamigrations.plugin.extract.EntityScanner;
import org.jpamigrations.plugin.extract.MappedSchema;
import org.jpamigrations.plugin.extract.MappingReader;

/**
 * Where a database stands: its current revision, the applied migrations with when they ran, the
 * pending ones, and whether the entities have changes no migration captures yet.
 */
public final class StatusCommand {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  /**
   * @param database the database to look at
   * @param historyTable the history table's name
   * @param packageName the migrations package
   * @param classLoader the project's class loader (migration classes, entities and JDBC driver)
   * @param classesDirectory the project's compiled classes, where the entities are
   * @param hibernateSettings settings for reading the mapping
   */
  public record Request(
      Database database,
      String historyTable,
      String packageName,
      ClassLoader classLoader,
      Path classesDirectory,
      Map<String, String> hibernateSettings) {}

  /**
   * @param current the current revisions (none at base; several when unmerged branches are applied)
   * @param applied the history rows, oldest first
   * @param pending the migrations an upgrade to the head would apply, in order (not the contracts it holds back)
   * @param entityChanges the changes generate would write now
   */
  public record Status(
      List<String> current, List<AppliedRevision> applied, List<MigrationScript> pending,
      List<Operation> entityChanges, List<String> problems) {}

  public Status run(Request request, Reporter reporter) {
    // The mapping and the database need different classes loaded: neither waits for the other.
    Background<Optional<MappedSchema>> mapping = Background.start("reading the mapping", () -> mapped(request));
    Migrations migrations = MigrateCommand.migrations(new MigrateCommand.Request(request.database(), null,
        request.historyTable(), request.packageName(), request.classLoader(), null), reporter);
    MigrationStatus state = migrations.status();
    RevisionGraph graph = RevisionGraph.allowingHeads(migrations.migrations());
    reporter.info("Database " + request.database() + " is at " + state.describeCurrent());
    if (state.heads().size() > 1) {
      reporter.warn("The migrations have " + state.heads().size() + " heads (" + String.join(", ", state.heads())
          + "): join them with mvn migrations:merge before you upgrade.");
    }
    reporter.info("Applied (" + state.applied().size() + "):");
    Map<String, MigrationScript> declared = migrations.migrations().stream()
        .collect(Collectors.toMap(MigrationScript::revision, script -> script));
    for (AppliedRevision row : state.applied()) {
      MigrationScript script = declared.get(row.revision());
      String label = script != null ? label(script) : graph.squashOf(row.revision())
          .map(squash -> "(replaced by squash " + squash.revision() + ", its class deleted)").orElse("(no class)");
      reporter.info(String.format("  %s  %s  %s", row.revision(),
          row.appliedAt() == null ? "?" : WHEN.format(row.appliedAt()), label));
    }
    List<MigrationScript> pending = state.pending();
    List<String> problems = state.problems();
    reporter.info("Pending (" + pending.size() + "):" + (pending.isEmpty() ? " none" : ""));
    for (MigrationScript script : pending) {
      reporter.info("  " + script.revision() + "  " + label(script) + (state.heldBack().contains(script)
          ? "  contract, held back until the next release (or migrations.contract=true)" : ""));
    }
    if (!problems.isEmpty()) {
      reporter.warn("Problems (" + problems.size() + "):");
      problems.forEach(problem -> reporter.warn("  " + problem));
    }
    // every migration, on all branches: what the database has once all of them ran
    Schema recorded = graph.schemaOf(
        graph.ordered().stream().map(MigrationScript::revision).collect(Collectors.toSet()));
    Optional<MappedSchema> mapped = mapping.join();
    if (mapped.isEmpty()) {
      reporter.info("Entities: none in " + request.classesDirectory() + ", so none compared with the migrations"
          + " (run status in the module that has them for that)");
      return new Status(state.current(), state.applied(), state.toRun(), List.of(), problems);
    }
    MappingLog.report(mapped.get(), reporter);
    DiffResult diff = new SchemaDiffer().diff(recorded, mapped.get().schema());
    if (diff.isEmpty()) {
      reporter.info("Entities: no changes beyond the migrations");
    } else {
      reporter.warn("Entities: " + diff.operations().size() + " change(s) no migration captures yet"
          + " (run mvn migrations:generate):");
      diff.operations().forEach(op -> reporter.warn("  " + op.describe()));
    }
    return new Status(state.current(), state.applied(), state.toRun(), diff.operations(), problems);
  }

  /**
   * The entities' schema; empty where there are none, as when the migrations are kept apart from the entities (a
   * module of their own): where the database stands still counts.
   */
  private static Optional<MappedSchema> mapped(Request request) {
    if (EntityScanner.scan(request.classesDirectory(), request.classLoader()).entityCount() == 0) {
      return Optional.empty();
    }
    return Optional.of(MappingReader.readMapped(
        request.classesDirectory(), request.classLoader(), request.hibernateSettings()));
  }

  static String label(MigrationScript script) {
    return (script.message().isEmpty() ? "" : script.message() + "  ") + "(" + script.type().getSimpleName() + ")";
  }
}
