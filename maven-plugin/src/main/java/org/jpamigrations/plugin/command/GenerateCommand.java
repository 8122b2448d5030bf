package org.jpamigrations.plugin.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.lint.Finding;
import org.jpamigrations.lint.Lint;
import org.jpamigrations.lint.LockingSteps;
import org.jpamigrations.lint.OnlineForms;
import org.jpamigrations.lint.Rule;
import org.jpamigrations.lint.Rules;
import org.jpamigrations.migration.LockWait;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.jpamigrations.plugin.codegen.MigrationNames;
import org.jpamigrations.plugin.codegen.MigrationSource;
import org.jpamigrations.plugin.codegen.MigrationWriter;
import org.jpamigrations.plugin.codegen.ProjectFormatter;
import org.jpamigrations.diff.DiffResult;
import org.jpamigrations.diff.ExpandContract;
import org.jpamigrations.diff.SchemaDiffer;
import org.jpamigrations.plugin.concurrent.Background;
import org.jpamigrations.plugin.extract.MappedSchema;
import org.jpamigrations.plugin.extract.MappingReader;

/**
 * Writes the next migration: the difference between the schema the entities map and the schema the
 * existing migrations record.
 */
public final class GenerateCommand {

  /** What an online migration waits for a lock before it gives up, and how often it is tried again. */
  static final LockWait ONLINE_LOCK_TIMEOUT = new LockWait(Duration.ofSeconds(2), LockWait.DEFAULT_RETRIES);
  /** The rule about steps that queue for a lock without a timeout. */
  private static final String LOCK_TIMEOUT_RULE = "JM408";

  private final ProjectFormatter formatter;

  /** Writes migrations as the template and the {@code .editorconfig} lay them out. */
  public GenerateCommand() {
    this(ProjectFormatter.NONE);
  }

  /** @param formatter the project's formatter, run on the migration before it is written */
  public GenerateCommand(ProjectFormatter formatter) {
    this.formatter = formatter;
  }

  /**
   * @param classesDirectory the project's compiled classes, where the entities are
   * @param sourceRoot the main Java source root, where the migration is written
   * @param packageName the migrations package
   * @param classLoader the project's class loader (classes and dependencies)
   * @param hibernateSettings settings for reading the mapping: dialect, naming strategies
   * @param message what the migration does
   * @param empty write an empty migration to fill by hand instead of a diff
   * @param now the creation time
   * @param online write each step that changes an existing table in its online form where it has one
   */
  public record Request(
      Path classesDirectory,
      Path sourceRoot,
      String packageName,
      ClassLoader classLoader,
      Map<String, String> hibernateSettings,
      String message,
      boolean empty,
      Instant now,
      boolean online) {

    /** A request for the plain forms. */
    public Request(Path classesDirectory, Path sourceRoot, String packageName, ClassLoader classLoader,
        Map<String, String> hibernateSettings, String message, boolean empty, Instant now) {
      this(classesDirectory, sourceRoot, packageName, classLoader, hibernateSettings, message, empty, now, false);
    }
  }

  /** Returns the written migration, or empty when nothing changed. */
  public Optional<GeneratedMigration> run(Request request, Reporter reporter) {
    Path packageDirectory = request.sourceRoot().resolve(request.packageName().replace('.', '/'));
    if (!Files.isDirectory(packageDirectory)) {
      throw new MigrationException("The migrations package " + request.packageName() + " does not exist ("
          + packageDirectory + "). Run mvn migrations:init first, or set migrations.package.");
    }
    Background<RecordedHistory> reading = RecordedHistory.start(request.classLoader(), request.packageName());
    // A history that cannot be read is the first thing to fix.
    MappedSchema mapped = request.empty() ? null : reading.alongside(() ->
        MappingReader.readMapped(request.classesDirectory(), request.classLoader(), request.hibernateSettings()));
    RecordedHistory history = reading.join();
    List<MigrationScript> scripts = history.scripts();
    String parent = history.head();
    Schema recorded = history.schema();
    String revision = MigrationNames.nextRevision(
        request.now(), scripts.stream().map(MigrationScript::revision).toList());
    MigrationWriter writer = new MigrationWriter(formatter, reporter::warn);

    if (request.empty()) {
      MigrationSource source = new MigrationSource(request.packageName(), revision, parents(parent),
          request.message(), request.now(), recorded, List.of());
      GeneratedMigration written = writer.writeEmpty(source, request.sourceRoot());
      reporter.info("Wrote the empty migration " + written.file() + ": fill in up() and down()");
      warnZeroFilled(written, reporter);
      return Optional.of(written);
    }

    MappingLog.report(mapped, reporter);
    DiffResult diff = new SchemaDiffer().diff(recorded, mapped.schema(), mapped.hints());
    if (diff.isEmpty()) {
      String recordedBy = parent == null ? "the migrations (none yet)" : "revision " + parent;
      reporter.info("No changes detected: the entities match the schema recorded by " + recordedBy);
      return Optional.empty();
    }
    // Read for one database (migrations.dialect), the migration says it runs there only.
    List<String> databases = SqlDialects.portableReading(request.hibernateSettings().get("hibernate.dialect"))
        ? List.of() : List.of(SqlDialects.key(request.hibernateSettings().get("hibernate.dialect")));
    Optional<ExpandContract> pair = request.online()
        ? ExpandContract.of(recorded, mapped.schema(), mapped.hints(), diff) : Optional.empty();
    if (pair.isEmpty()) {
      return Optional.of(write(request, writer, new Draft(revision, parents(parent), request.message(), recorded,
          diff.operations(), diff.warnings(), databases, false), reporter));
    }
    GeneratedMigration expand = write(request, writer, new Draft(revision, parents(parent),
        request.message() + " (expand)", recorded, pair.get().expand(), pair.get().warnings(), databases, false),
        reporter);
    String contractRevision = MigrationNames.nextRevision(request.now(), Stream.concat(
        scripts.stream().map(MigrationScript::revision), Stream.of(revision)).toList());
    GeneratedMigration contract = write(request, writer, new Draft(contractRevision, List.of(revision),
        request.message() + " (contract)", schemaAfter(recorded, pair.get().expand()), pair.get().contract(),
        List.of(), databases, true), reporter);
    reporter.info("The change breaks the application version still running, so it is split: " + expand.className()
        + " runs with the new version, " + contract.className() + " (@Revision(contract = true)) waits for the"
        + " next release's upgrade, or migrations.contract=true once no instance of the previous version runs.");
    return Optional.of(contract);
  }

  /** One migration to write: its place in the history, what it changes, and for which databases. */
  private record Draft(String revision, List<String> parents, String message, Schema before,
      List<Operation> operations, List<String> warnings, List<String> databases, boolean contract) {}

  private GeneratedMigration write(Request request, MigrationWriter writer, Draft draft, Reporter reporter) {
    List<Operation> operations = request.online() ? OnlineForms.of(draft.before(), draft.operations())
        : draft.operations();
    boolean transactional = operations.stream().noneMatch(SqlDialects::outsideTransactionSomewhere);
    List<String> databases = draft.databases();
    boolean locks = LockingSteps.anyLocksExisting(draft.before(), operations);
    // Online, a step that locks an existing table gives up after a short wait and is retried (JM408).
    LockWait lockTimeout = request.online() && locks ? ONLINE_LOCK_TIMEOUT : null;
    MigrationSource source = new MigrationSource(request.packageName(), draft.revision(), draft.parents(),
        draft.message(), request.now(), draft.before(), operations, draft.warnings(), databases, List.of(),
        transactional, lockTimeout, draft.contract());
    // Data loss is flagged DESTRUCTIVE already; the other findings say what else a step risks, per database. The
    // lock timeout is the migration's, or the run's: it is a line of its own, not a comment on every step.
    List<Finding> findings = Lint.all().check(draft.before(), operations, databases.isEmpty() ? null : databases.get(0),
            lockTimeout != null).stream()
        .filter(finding -> finding.rule().category() != Rule.Category.DATA_LOSS)
        .filter(finding -> !finding.rule().code().equals(LOCK_TIMEOUT_RULE)).toList();
    GeneratedMigration written = writer.write(source, findings, request.sourceRoot());
    reporter.info("Generated " + written.file() + " (revision " + draft.revision()
        + (draft.parents().isEmpty() ? "" : ", after " + String.join(", ", draft.parents())) + "):");
    operations.forEach(op -> reporter.info("  " + op.describe()));
    if (!transactional) {
      reporter.info("It runs outside a transaction (@Revision(transactional = false)), as PostgreSQL's online index"
          + " steps must: a failure half-way is recorded as FAILED, to fix by hand and clear with migrations:repair.");
    }
    if (lockTimeout != null) {
      reporter.info("It gives up on a table lock after " + lockTimeout.describe() + " and is retried up to "
          + lockTimeout.retries() + " times (@LockTimeout), so that it never queues long behind another transaction.");
    } else if (locks && (databases.isEmpty() || Rules.byCode(LOCK_TIMEOUT_RULE).concerns(databases.get(0)))) {
      reporter.info("Steps of it lock tables in use: on PostgreSQL, give it @LockTimeout(value = \"2s\", retries = 5)"
          + " or run upgrade with -Dmigrations.ddlLockTimeout=2s (" + Rules.byCode(LOCK_TIMEOUT_RULE).docs()
          + "); generate -Dmigrations.online=true writes the annotation.");
    }
    if (!databases.isEmpty()) {
      reporter.info("The mapping was read for " + databases.get(0) + " alone (migrations.dialect): the migration "
          + "runs there only (@Revision(databases)). Leave migrations.dialect unset for one that runs everywhere.");
    }
    for (String warning : draft.warnings()) {
      reporter.warn(warning + " (see the WARNING in " + written.className() + ")");
    }
    for (Finding finding : findings) {
      reporter.warn(finding.describe() + " (" + finding.rule().docs() + ")");
    }
    for (String destructive : written.destructive()) {
      reporter.warn("DESTRUCTIVE: " + destructive + " loses data. Review " + written.className()
          + " before you run it; rewrite it (a rename, a copy) if the data must be kept.");
    }
    warnZeroFilled(written, reporter);
    return written;
  }

  private static void warnZeroFilled(GeneratedMigration written, Reporter reporter) {
    for (String column : written.zeroFilled()) {
      reporter.warn("down() restores NOT NULL column " + column + ", giving the rows that hold no value the zero of"
          + " its type (0, false, '', the epoch): values up() drops do not come back. Change the value in "
          + written.className() + " if another fits better.");
    }
  }

  private static Schema schemaAfter(Schema before, List<Operation> operations) {
    Schema schema = before;
    for (Operation operation : operations) {
      schema = operation.apply(schema);
    }
    return schema;
  }

  private static List<String> parents(String parent) {
    return parent == null ? List.of() : List.of(parent);
  }
}
