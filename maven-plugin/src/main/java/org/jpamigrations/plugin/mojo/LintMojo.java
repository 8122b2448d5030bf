package org.jpamigrations.plugin.mojo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.jdbc.Database;
import org.jpamigrations.lint.Severity;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.command.BranchMigrations;
import org.jpamigrations.plugin.command.LintCommand;
import org.jpamigrations.plugin.command.MigrateCommand;

/**
 * Reviews migrations for safety before they run, per database: data they lose, rows they can fail on, the
 * running application they break, the locks and rewrites they cause. Runs nothing; the database only tells
 * which migrations are pending and how many rows its tables hold. Binds to {@code verify} when added to the build.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class LintMojo extends AbstractDatabaseMojo {

  /**
   * {@code pending} (the database's pending migrations; without a database that tells, those the branch adds
   * against its base, else every migration), {@code changed} (those the branch adds or changes against its base),
   * {@code all}, {@code head}, or revision ids, comma-separated.
   */
  @Parameter(property = "migrations.lint.migrations", defaultValue = LintCommand.PENDING)
  private String migrations;

  /**
   * The base branch the current branch is compared with to find the migrations it adds ({@code changed}). Default:
   * {@code origin/main} if it exists, else {@code main}, else {@code master}.
   */
  @Parameter(property = "migrations.lint.base")
  private String base;

  /** The databases whose rules apply, comma-separated ({@code postgresql,mariadb}); empty for every database. */
  @Parameter(property = "migrations.lint.databases", defaultValue = "")
  private String databases;

  /** {@code danger} or {@code caution} fails the build on an unacknowledged finding that severe; empty reports only. */
  @Parameter(property = "migrations.lint.failOn", defaultValue = "")
  private String failOn;

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    List<String> keys = databases == null ? List.of() : Arrays.stream(databases.split(","))
        .map(key -> key.strip().toLowerCase(Locale.ROOT)).filter(key -> !key.isEmpty()).toList();
    BranchMigrations branch = new BranchMigrations(project.getBasedir().toPath(), base);
    new LintCommand().run(new LintCommand.Request(request.packageName(), request.classLoader(), database(request),
        request.historyTable(), migrations, keys, severity(), request.options().ddlLockWait(), request.dialect(),
        branch), reporter());
  }

  /**
   * The database to ask, or {@code null} for none: the embedded H2 default is asked only once it exists, as
   * creating it empty would only say that every migration is pending.
   */
  private Database database(MigrateCommand.Request request) {
    Path embedded = embeddedDatabase();
    boolean embeddedDefault = request.database().url().equals("jdbc:h2:file:" + embedded);
    if (embeddedDefault && !Files.exists(embedded.resolveSibling(embedded.getFileName() + ".mv.db"))) {
      return null;
    }
    return request.database();
  }

  private Severity severity() {
    if (failOn == null || failOn.isBlank()) {
      return null;
    }
    try {
      return Severity.valueOf(failOn.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("migrations.lint.failOn is '" + failOn + "': give danger or caution, or leave it"
          + " empty to report without failing.", e);
    }
  }
}
