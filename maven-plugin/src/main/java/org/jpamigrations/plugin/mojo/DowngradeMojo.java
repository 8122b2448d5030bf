package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;

/**
 * Rolls back the last applied migration, or every migration after {@code migrations.target};
 * {@code -Dmigrations.target=base} rolls back everything.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DowngradeMojo extends AbstractDatabaseMojo {

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    command.downgrade(request, reporter());
  }
}
