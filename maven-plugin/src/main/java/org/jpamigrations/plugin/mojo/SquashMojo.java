package org.jpamigrations.plugin.mojo;

import java.io.IOException;
import java.net.URLClassLoader;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.SquashCommand;
import org.jpamigrations.plugin.project.ProjectClassLoader;

/**
 * Writes one migration that replaces a straight run of earlier ones, for faster fresh upgrades and
 * replay. Databases that applied some of the originals go on with them. Needs no database.
 */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class SquashMojo extends AbstractMigrationsMojo {

  /** The first revision to replace; default the first migration. */
  @Parameter(property = "migrations.from", defaultValue = "")
  private String from;

  /** The last revision to replace; default the head. */
  @Parameter(property = "migrations.to", defaultValue = "")
  private String to;

  /** What the squash is; default {@code squash <from> to <to>}. */
  @Parameter(property = "migrations.message", defaultValue = "")
  private String message;

  @Override
  protected void run() throws MojoExecutionException {
    try (URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      new SquashCommand(projectFormatter()).run(new SquashCommand.Request(sourceRoot(), packageName(), loader, from,
          to, message, Instant.now()), reporter());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }
}
