package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.command.StampCommand;

/**
 * Records {@code migrations.target} (default: the head) and every revision it follows as applied,
 * without running anything: to adopt a database that already has the schema (a baseline).
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StampMojo extends AbstractDatabaseMojo {

  /** Stamp even a database without tables. */
  @Parameter(property = "migrations.force", defaultValue = "false")
  private boolean force;

  /** The revision to record as applied, with every revision it follows. Default: the head. */
  @Parameter(property = "migrations.target")
  private String target;

  @Override
  protected String target() {
    return target;
  }

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    new StampCommand().run(new StampCommand.Request(request.database(), request.dialect(), request.historyTable(),
        request.packageName(), request.classLoader(), request.target(), force), reporter());
  }
}
