package org.jpamigrations.plugin.mojo;

import java.io.IOException;
import java.net.URLClassLoader;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.GenerateCommand;
import org.jpamigrations.plugin.extract.QuietLogging;
import org.jpamigrations.plugin.project.ProjectClassLoader;

/**
 * Compiles the project, compares the entity mapping with the schema the migrations record, and
 * writes the next migration class. Needs no database.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class GenerateMojo extends AbstractMappingMojo {

  /** What the migration does; becomes part of its class name. */
  @Parameter(property = "migrations.message", defaultValue = "")
  private String message;

  /** Writes an empty migration to fill by hand (data migrations) instead of comparing. */
  @Parameter(property = "migrations.empty", defaultValue = "false")
  private boolean empty;

  /**
   * Writes each step that changes an existing table in its online form where it has one: indexes built and
   * dropped concurrently, foreign keys and checks validated without blocking writes ({@code op.online()}).
   */
  @Parameter(property = "migrations.online", defaultValue = "false")
  private boolean online;

  @Override
  protected void run() throws MojoExecutionException {
    try (QuietLogging quiet = QuietLogging.hibernate(getLog().isDebugEnabled());
        URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      GenerateCommand.Request request = new GenerateCommand.Request(
          classesDirectory(), sourceRoot(), packageName(), loader,
          mappingSettings(loader), message == null ? "" : message.trim(), empty, Instant.now(), online);
      new GenerateCommand(projectFormatter()).run(request, reporter());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }
}
