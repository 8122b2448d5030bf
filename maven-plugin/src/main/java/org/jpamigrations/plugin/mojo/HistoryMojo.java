package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.HistoryCommand;
import org.jpamigrations.plugin.command.MigrateCommand;

/**
 * Draws the revision graph, oldest first, with branches and merges, and marks the database's current
 * revision when the database is reachable.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class HistoryMojo extends AbstractDatabaseMojo {

  /** Set to false to draw the graph without looking at a database. */
  @Parameter(property = "migrations.history.database", defaultValue = "true")
  private boolean useDatabase;

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    new HistoryCommand().run(new HistoryCommand.Request(request.packageName(), request.classLoader(),
        useDatabase ? request.database() : null, request.historyTable()), reporter());
  }
}
