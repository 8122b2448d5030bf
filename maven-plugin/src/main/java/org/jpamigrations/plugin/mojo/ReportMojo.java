package org.jpamigrations.plugin.mojo;

import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.command.ReportCommand;

/**
 * Writes a self-contained HTML report of the migrations: the schema at the head and at the latest revisions, the
 * revision graph, and each migration's change (added, dropped, changed, and the steps that can lose data) as
 * inline SVG pictures. Opens offline. Needs no database; with {@code migrations.report.database=true} the revision
 * graph shows which revisions the configured database has applied, has pending or failed.
 */
@Mojo(name = "report", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractDatabaseMojo {

  /** The HTML file to write. */
  @Parameter(property = "migrations.output", defaultValue = "${project.build.directory}/migrations-report/index.html")
  private File output;

  /** Set to true to colour the revision graph by what the configured database applied. */
  @Parameter(property = "migrations.report.database", defaultValue = "false")
  private boolean useDatabase;

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    String name = project.getName() == null || project.getName().isBlank()
        ? project.getArtifactId() : project.getName();
    new ReportCommand().run(new ReportCommand.Request(request.packageName(), request.classLoader(), name,
        output.toPath(), useDatabase ? request.database() : null, request.historyTable()), reporter());
  }
}
