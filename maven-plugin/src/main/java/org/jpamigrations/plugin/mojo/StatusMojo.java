package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.command.StatusCommand;

/**
 * Shows the database's current revision, the applied migrations with when they ran, the pending
 * ones, and whether the entities have changes no migration captures yet.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    new StatusCommand().run(new StatusCommand.Request(request.database(), request.historyTable(),
        request.packageName(), request.classLoader(), classesDirectory(),
        mappingSettings(request.classLoader())), reporter());
  }
}
