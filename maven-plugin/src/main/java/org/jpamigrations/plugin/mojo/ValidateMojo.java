package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.command.ValidateCommand;

/**
 * Fails when the database does not match the migrations: an applied migration changed or missing,
 * or the live schema drifted from what the applied migrations record.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ValidateMojo extends AbstractDatabaseMojo {

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    new ValidateCommand().run(new ValidateCommand.Request(request.database(), request.dialect(),
        request.historyTable(), request.packageName(), request.classLoader()), reporter());
  }
}
