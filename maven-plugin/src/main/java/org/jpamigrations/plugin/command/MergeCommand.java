package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jpamigrations.graph.MigrationLoader;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.plugin.codegen.MigrationNames;
import org.jpamigrations.plugin.codegen.MigrationSource;
import org.jpamigrations.plugin.codegen.MigrationWriter;
import org.jpamigrations.plugin.codegen.ProjectFormatter;

/**
 * Joins the heads of branched migrations (two developers each generated one after the same parent)
 * with a merge migration that follows all of them and runs nothing.
 */
public final class MergeCommand {

  private final ProjectFormatter formatter;

  /** Writes migrations as the template and the {@code .editorconfig} lay them out. */
  public MergeCommand() {
    this(ProjectFormatter.NONE);
  }

  /** @param formatter the project's formatter, run on the migration before it is written */
  public MergeCommand(ProjectFormatter formatter) {
    this.formatter = formatter;
  }

  /**
   * @param sourceRoot the main Java source root, where the migration is written
   * @param packageName the migrations package
   * @param classLoader the project's class loader (the compiled migrations)
   * @param message what the merge is, or blank for {@code merge <heads>}
   * @param now the creation time
   */
  public record Request(Path sourceRoot, String packageName, ClassLoader classLoader, String message, Instant now) {}

  public GeneratedMigration run(Request request, Reporter reporter) {
    List<MigrationScript> scripts = MigrationLoader.load(request.classLoader(), request.packageName());
    RevisionGraph graph = RevisionGraph.allowingHeads(scripts);
    List<String> heads = graph.heads().stream().map(MigrationScript::revision).toList();
    if (heads.size() < 2) {
      throw new MigrationException("Nothing to merge: the migrations have "
          + (heads.isEmpty() ? "no head (there are none yet)" : "a single head, " + heads.get(0))
          + ". migrations:merge joins two or more heads, which appear when migrations on two branches follow the"
          + " same parent.");
    }
    Schema merged;
    try {
      merged = graph.schemaOf(scripts.stream().map(MigrationScript::revision).collect(Collectors.toSet()));
    } catch (MigrationException e) {
      throw new MigrationException("The branches " + String.join(", ", heads) + " conflict: run one after the"
          + " other, " + e.getMessage(), e);
    }
    String message = request.message() == null || request.message().isBlank()
        ? "merge " + String.join(" and ", heads) : request.message().strip();
    String revision = MigrationNames.nextRevision(
        request.now(), scripts.stream().map(MigrationScript::revision).toList());
    MigrationSource source = new MigrationSource(
        request.packageName(), revision, heads, message, request.now(), merged, List.of());
    GeneratedMigration written = new MigrationWriter(formatter, reporter::warn).writeMerge(source, request.sourceRoot());
    reporter.info("Wrote the merge migration " + written.file() + " (revision " + revision + ", after "
        + String.join(" and ", heads) + "). Compile it and run mvn migrations:upgrade.");
    return written;
  }
}
