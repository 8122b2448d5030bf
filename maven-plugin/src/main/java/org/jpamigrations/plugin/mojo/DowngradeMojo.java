package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.runner.RunOptions;

/**
 * Rolls back the last applied migration, or every migration after {@code migrations.target};
 * {@code -Dmigrations.target=base} rolls back everything.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DowngradeMojo extends AbstractDatabaseMojo {

  /** Prints the SQL the downgrade would run and changes nothing. */
  @Parameter(property = "migrations.dryRun", defaultValue = "false")
  protected boolean dryRun;

  /**
   * Accepts applied migrations that were edited since they ran, recording their new checksum, instead of
   * refusing to run their edited {@code down()}. Only when the database already matches the edited migration.
   */
  @Parameter(property = "migrations.acceptChanged", defaultValue = "false")
  protected boolean acceptChanged;

  /**
   * Runs the goal's migrations in one transaction where the database's DDL takes part in transactions
   * (PostgreSQL, SQL Server): all of them take effect, or none. Elsewhere each runs in its own, as by default.
   */
  @Parameter(property = "migrations.group", defaultValue = "false")
  protected boolean group;

  @Override
  protected RunOptions options(RunOptions common) {
    return common.withDryRun(dryRun).withAcceptChanged(acceptChanged).withGroup(group);
  }

  /** The revision to downgrade to, whose later migrations are rolled back: a revision id, or {@code base}
   * for all of them. Default: the parent of the last applied migration. */
  @Parameter(property = "migrations.target")
  private String target;

  @Override
  protected String target() {
    return target;
  }

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    command.downgrade(request, reporter());
  }
}
