package org.jpamigrations.plugin.mojo;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.command.SqlCommand;
import org.jpamigrations.plugin.project.ModuleScope;
import org.jpamigrations.plugin.project.ProjectClassLoader;
import org.jpamigrations.runner.Direction;

/**
 * Writes the SQL that upgrade (or downgrade) would run, with the history table statements, as a
 * script to review and run by hand. Needs no database.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class SqlMojo extends AbstractApplicationMojo {

  @Override
  protected ModuleScope.Need need() {
    return ModuleScope.Need.CLASS_PATH;
  }

  /**
   * The JDBC URL of the database the script is for, which picks its dialect; nothing connects to it.
   * Default: the application's {@code spring.datasource.url}, else H2. {@code migrations.dialect} overrides it.
   */
  @Parameter(property = "migrations.url")
  private String url;

  /** {@code up} (default) or {@code down}. */
  @Parameter(property = "migrations.direction", defaultValue = "up")
  private String direction;

  /** The revision the database is at: default base for up, the head for down. */
  @Parameter(property = "migrations.from")
  private String from;

  /** The revision to reach: default the head for up, the parent of {@code from} for down. */
  @Parameter(property = "migrations.target")
  private String target;

  /** A file to write the script to, besides the log. */
  @Parameter(property = "migrations.output")
  private String output;

  /** Name of the table that records the applied migrations, which the script writes to. */
  @Parameter(property = "migrations.historyTable", defaultValue = "jpa_migrations_history")
  private String historyTable;

  @Override
  protected void run() throws MojoExecutionException {
    Direction way = switch (direction == null ? "up" : direction.strip().toLowerCase(Locale.ROOT)) {
      case "up", "upgrade" -> Direction.UP;
      case "down", "downgrade" -> Direction.DOWN;
      default -> throw new MigrationException("Unknown migrations.direction " + direction + ": use up or down.");
    };
    String dialectName = dialect;
    if (blank(dialect)) {
      DatabaseChoice database = database(url);
      getLog().info("SQL for database " + database.describe());
      dialectName = SqlDialects.hibernateSettings(database.url(), null).get("hibernate.dialect");
    }
    try (URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      new SqlCommand().run(new SqlCommand.Request(packageName(), loader, SqlDialects.forName(dialectName),
          historyTable, way, blank(from) ? null : from.strip(), blank(target) ? null : target.strip(),
          blank(output) ? null : project.getBasedir().toPath().resolve(Path.of(output.strip()))), reporter());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
