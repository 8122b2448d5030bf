package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;

/**
 * Clears the history entry of a migration that failed half-way (on a database whose DDL commits as it
 * runs), once the database has been fixed by hand: a failed upgrade's entry is removed, so the next
 * upgrade applies the fixed migration again; a failed downgrade's entry is marked applied again.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class RepairMojo extends AbstractDatabaseMojo {

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    command.repair(request, reporter());
  }
}
