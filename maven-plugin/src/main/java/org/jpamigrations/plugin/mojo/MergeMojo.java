package org.jpamigrations.plugin.mojo;

import java.io.IOException;
import java.net.URLClassLoader;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.MergeCommand;
import org.jpamigrations.plugin.project.ProjectClassLoader;

/** Writes a merge migration that joins the heads of branched migrations. Needs no database. */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class MergeMojo extends AbstractMigrationsMojo {

  /** What the merge is; default {@code merge <heads>}. */
  @Parameter(property = "migrations.message", defaultValue = "")
  private String message;

  @Override
  protected void run() throws MojoExecutionException {
    try (URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      new MergeCommand(projectFormatter()).run(
          new MergeCommand.Request(sourceRoot(), packageName(), loader, message, Instant.now()), reporter());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }
}
