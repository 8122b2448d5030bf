package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.runner.RunOptions;

/**
 * Applies pending migrations in order, up to {@code migrations.target} (default: the newest).
 * Bind it to {@code pre-integration-test} to run integration tests against a migrated database.
 */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class UpgradeMojo extends AbstractDatabaseMojo {

  /** Prints the SQL the upgrade would run and changes nothing, not even the history table. */
  @Parameter(property = "migrations.dryRun", defaultValue = "false")
  protected boolean dryRun;

  /**
   * Accepts applied migrations that were edited since they ran, recording their new checksum,
   * instead of refusing to upgrade. Only when the database already matches the edited migration.
   */
  @Parameter(property = "migrations.acceptChanged", defaultValue = "false")
  protected boolean acceptChanged;

  /**
   * Runs contract migrations ({@code @Revision(contract = true)}) that an upgrade to the head holds back
   * while the application version before them may still run. Set it once no instance of that version runs.
   */
  @Parameter(property = "migrations.contract", defaultValue = "false")
  protected boolean contract;

  /**
   * Runs the goal's migrations in one transaction where the database's DDL takes part in transactions
   * (PostgreSQL, SQL Server): all of them take effect, or none. Elsewhere each runs in its own, as by default.
   */
  @Parameter(property = "migrations.group", defaultValue = "false")
  protected boolean group;

  @Override
  protected RunOptions options(RunOptions common) {
    return common.withDryRun(dryRun).withAcceptChanged(acceptChanged).withGroup(group).withRunContracts(contract);
  }

  /** The revision to upgrade to: a revision id, or {@code head} (default). */
  @Parameter(property = "migrations.target")
  private String target;

  @Override
  protected String target() {
    return target;
  }

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    command.upgrade(request, reporter());
  }
}
