package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;

/**
 * Applies pending migrations in order, up to {@code migrations.target} (default: the newest).
 * Bind it to {@code pre-integration-test} to run integration tests against a migrated database.
 */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class UpgradeMojo extends AbstractDatabaseMojo {

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    command.upgrade(request, reporter());
  }
}
