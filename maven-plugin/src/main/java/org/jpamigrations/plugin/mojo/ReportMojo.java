package org.jpamigrations.plugin.mojo;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.ReportCommand;
import org.jpamigrations.plugin.project.ProjectClassLoader;

/**
 * Writes a self-contained HTML report of the migrations: the schema at the head, the revision graph, and each
 * migration's change (added, dropped, changed, and the steps that can lose data) as inline SVG pictures. Opens
 * offline; needs no database.
 */
@Mojo(name = "report", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractMigrationsMojo {

  /** The HTML file to write. */
  @Parameter(property = "migrations.output", defaultValue = "${project.build.directory}/migrations-report/index.html")
  private File output;

  @Override
  protected void run() throws MojoExecutionException {
    String name = project.getName() == null || project.getName().isBlank()
        ? project.getArtifactId() : project.getName();
    try (URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      new ReportCommand().run(new ReportCommand.Request(packageName(), loader, name, output.toPath()), reporter());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }
}
