package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.command.StatusCommand;

/**
 * Shows the database's current revision, the applied migrations with when they ran, the pending
 * ones, and whether the entities have changes no migration captures yet.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {

  /** Fails the build when migrations are pending: a gate for a deploy that expects an up-to-date database. */
  @Parameter(property = "migrations.failOnPending", defaultValue = "false")
  protected boolean failOnPending;

  /**
   * Fails the build on a problem: a migration that failed half-way, one edited after it was applied, or one
   * missing under applied ones.
   */
  @Parameter(property = "migrations.failOnProblems", defaultValue = "false")
  protected boolean failOnProblems;

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    StatusCommand.Status status = new StatusCommand().run(new StatusCommand.Request(request.database(),
        request.historyTable(), request.packageName(), request.classLoader(), classesDirectory(),
        mappingSettings(request.classLoader())), reporter());
    if (failOnProblems && !status.problems().isEmpty()) {
      throw new MigrationException("The database has " + status.problems().size() + " problem(s) (listed above)"
          + " and migrations.failOnProblems is set. Fix each as it says.");
    }
    if (failOnPending && !status.pending().isEmpty()) {
      throw new MigrationException(status.pending().size() + " migration(s) pending (listed above) and"
          + " migrations.failOnPending is set. Run mvn migrations:upgrade.");
    }
  }
}
