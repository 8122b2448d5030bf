package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jpamigrations.diff.DiffResult;
import org.jpamigrations.diff.SchemaDiffer;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.plugin.codegen.MigrationBody;
import org.jpamigrations.plugin.codegen.MigrationNames;
import org.jpamigrations.plugin.codegen.MigrationSource;
import org.jpamigrations.plugin.codegen.MigrationWriter;
import org.jpamigrations.plugin.codegen.ProjectFormatter;

/**
 * Writes one migration that replaces a straight run of earlier ones ({@code @Revision(replaces)}), as
 * Django's {@code squashmigrations} does: fresh databases run it alone, databases that applied some of
 * the originals go on with them, and its replay gives the schema theirs gives.
 *
 * <p>When the originals only change the schema, the squash declares the difference between the schema
 * before them and after them, the fewest operations that get there. When they rename, run SQL or fill
 * values, the order of their steps matters to the data, so the squash copies their operations, and
 * their own {@code down()} methods in reverse.
 */
public final class SquashCommand {

  private final ProjectFormatter formatter;

  /** Writes the squash as the template and the {@code .editorconfig} lay it out. */
  public SquashCommand() {
    this(ProjectFormatter.NONE);
  }

  /** @param formatter the project's formatter, run on the migration before it is written */
  public SquashCommand(ProjectFormatter formatter) {
    this.formatter = formatter;
  }

  /**
   * @param sourceRoot the main Java source root, where the migration is written
   * @param packageName the migrations package
   * @param classLoader the project's class loader (the compiled migrations)
   * @param from the first revision to replace; blank for the first migration
   * @param to the last revision to replace; blank for the head
   * @param message what the squash is, or blank for {@code squash <from> to <to>}
   * @param now the creation time
   */
  public record Request(Path sourceRoot, String packageName, ClassLoader classLoader, String from, String to,
      String message, Instant now) {}

  public GeneratedMigration run(Request request, Reporter reporter) {
    List<MigrationScript> scripts = MigrationLoader.loadRequired(request.classLoader(), request.packageName());
    RevisionGraph graph = RevisionGraph.of(scripts);
    SquashRange range = SquashRange.of(graph, scripts, request.from(), request.to());
    refuseWhatCannotBeCopied(range);
    Schema before = graph.schemaBefore(range.first());
    Schema after = graph.schemaAt(range.last());
    List<Operation> copied = range.chain().stream().flatMap(script -> script.up().stream()).toList();

    MigrationBody body = null;
    List<String> warnings = List.of();
    if (copied.stream().allMatch(SquashCommand::onlyShapesTheSchema)) {
      DiffResult diff = new SchemaDiffer().diff(before, after);
      if (replaysTo(diff.operations(), before, after)) {
        body = MigrationBody.of(before, diff.operations());
        warnings = diff.warnings();
      }
    }
    boolean copiedAsTheyAre = body == null;
    if (copiedAsTheyAre) {
      List<Operation> undo = new ArrayList<>();
      for (int i = range.chain().size() - 1; i >= 0; i--) {
        undo.addAll(range.chain().get(i).down());
      }
      body = MigrationBody.of(before, copied, undo);
    }

    String revision = MigrationNames.nextRevision(request.now(), scripts.stream().map(MigrationScript::revision).toList());
    String message = request.message() == null || request.message().isBlank()
        ? "squash " + range.first() + " to " + range.last() : request.message().strip();
    MigrationSource source = new MigrationSource(request.packageName(), revision, range.parents(), message,
        request.now(), before, body.upOperations(), warnings, databases(range), range.replaces(), true,
        lockTimeout(range));
    GeneratedMigration written = new MigrationWriter(formatter, reporter::warn).write(source, body, request.sourceRoot());
    reporter.info("Wrote the squash migration " + written.file() + " (revision " + revision + "): it replaces the "
        + range.chain().size() + " migrations " + range.first() + " to " + range.last() + ", with "
        + body.upOperations().size() + " operations instead of " + copied.size()
        + (copiedAsTheyAre ? " (copied as they are: they rename, run SQL or fill values, so their order matters)" : "")
        + ".");
    reporter.info("Fresh databases run it instead of them; databases that applied some of them go on with the rest."
        + " Delete the replaced classes once every database has applied them or the squash.");
    warnings.forEach(warning -> reporter.warn(warning + " (see the WARNING in " + written.className() + ")"));
    return written;
  }

  /**
   * The longest wait and the most retries of the replaced migrations' {@code @LockTimeout}s, so that the squash
   * never queues for a lock where one of them would not; {@code null} when none has one.
   */
  private static LockWait lockTimeout(SquashRange range) {
    List<LockWait> declared = range.chain().stream()
        .flatMap(script -> LockWait.declaredBy(script.type()).stream()).toList();
    if (declared.isEmpty()) {
      return null;
    }
    return new LockWait(declared.stream().map(LockWait::timeout).max(Comparator.naturalOrder()).orElseThrow(),
        declared.stream().mapToInt(LockWait::retries).max().orElseThrow());
  }

  /** Whether the operation only shapes the schema, so that the difference it leaves says all it did. */
  private static boolean onlyShapesTheSchema(Operation operation) {
    return operation.changesSchema() && !(operation instanceof RenameColumn || operation instanceof RenameTable);
  }

  private static boolean replaysTo(List<Operation> operations, Schema before, Schema after) {
    Schema schema = before;
    for (Operation operation : operations) {
      schema = operation.apply(schema);
    }
    return schema.equals(after);
  }

  /** Java callbacks cannot be written into another class, and one transaction cannot hold a step that refuses one. */
  private static void refuseWhatCannotBeCopied(SquashRange range) {
    for (MigrationScript script : range.chain()) {
      if (script.up().stream().anyMatch(ExecuteJdbc.class::isInstance)) {
        throw new MigrationException("Cannot squash migration " + script.label() + ": it runs Java code"
            + " (op.execute), which cannot be copied into another class. Squash the migrations before it and"
            + " those after it separately.");
      }
      if (!script.transactional()) {
        throw new MigrationException("Cannot squash migration " + script.label() + ": it runs outside a"
            + " transaction (@Revision(transactional = false)). Squash the migrations before it and those after"
            + " it separately.");
      }
    }
  }

  /** The databases every migration of the range runs on; empty when they all run everywhere. */
  private static List<String> databases(SquashRange range) {
    Set<String> common = null;
    for (MigrationScript script : range.chain()) {
      if (script.databases().isEmpty()) {
        continue;
      }
      if (common == null) {
        common = new LinkedHashSet<>(script.databases());
      } else {
        common.retainAll(script.databases());
      }
    }
    if (common != null && common.isEmpty()) {
      throw new MigrationException("Cannot squash " + range.first() + " to " + range.last() + ": its migrations"
          + " run on different databases (@Revision(databases)), so no database runs all of them.");
    }
    return common == null ? List.of() : List.copyOf(common);
  }
}
