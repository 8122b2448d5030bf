package org.jpamigrations.plugin.mojo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.lint.Severity;
import org.jpamigrations.migration.MigrationException;
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

  /** {@code pending} (the database's pending migrations), {@code all}, {@code head}, or revision ids, comma-separated. */
  @Parameter(property = "migrations.lint.migrations", defaultValue = LintCommand.PENDING)
  private String migrations;

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
    new LintCommand().run(new LintCommand.Request(request.packageName(), request.classLoader(), request.database(),
        request.historyTable(), migrations, keys, severity(), request.options().ddlLockWait(), request.dialect()),
        reporter());
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
