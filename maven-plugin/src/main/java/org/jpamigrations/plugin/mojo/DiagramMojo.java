package org.jpamigrations.plugin.mojo;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.DiagramCommand;
import org.jpamigrations.plugin.project.ModuleScope;
import org.jpamigrations.plugin.project.ProjectClassLoader;

/**
 * Draws the schema the migrations build, at the head or at any revision, or the change one migration makes (what
 * it adds, drops and changes, and the steps that can lose data), as a Mermaid ER diagram, an SVG picture or
 * Graphviz DOT. Needs no database: it replays the compiled migrations.
 */
@Mojo(name = "diagram", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DiagramMojo extends AbstractMigrationsMojo {

  @Override
  protected ModuleScope.Need need() {
    return ModuleScope.Need.CLASS_PATH;
  }

  /**
   * {@code mermaid}, {@code svg} or {@code dot}. Default: what migrations.output's extension says ({@code .svg},
   * {@code .dot} or {@code .gv}, {@code .mmd}), else mermaid.
   */
  @Parameter(property = "migrations.format")
  private String format;

  /** The revision whose schema to draw: a revision id, {@code head} or {@code base}. Default: head. */
  @Parameter(property = "migrations.revision")
  private String revision;

  /** The revision of a migration (or {@code head} for the last one) whose change to draw instead of a schema. */
  @Parameter(property = "migrations.migration")
  private String migration;

  /**
   * With migrations.migration: draw the whole schema after the migration, not only the tables it added, dropped or
   * changed and those its changed keys lead to.
   */
  @Parameter(property = "migrations.diagram.wholeSchema", defaultValue = "false")
  private boolean wholeSchema;

  /** The file to write the diagram to. Default: print it on standard output, as {@code mvn -q} leaves it alone. */
  @Parameter(property = "migrations.output")
  private File output;

  @Override
  protected void run() throws MojoExecutionException {
    try (URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      new DiagramCommand().run(new DiagramCommand.Request(packageName(), loader, format, revision, migration,
          output == null ? null : output.toPath(), wholeSchema), reporter(), System.out);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }
}
