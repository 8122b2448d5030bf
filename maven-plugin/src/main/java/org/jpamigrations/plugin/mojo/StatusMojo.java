package org.jpamigrations.plugin.mojo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.command.StatusCommand;

/**
 * Shows the database's current revision, the applied migrations with when they ran, the pending
 * ones, and whether the entities have changes no migration captures yet.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {

  /** Fails the build when migrations are pending: a gate for a deploy that expects an up-to-date database. */
  @Parameter(property = "migrations.failOnPending", defaultValue = "false")
  protected boolean failOnPending;

  /**
   * Fails the build on a problem: a migration that failed half-way, one edited after it was applied, or one
   * missing under applied ones.
   */
  @Parameter(property = "migrations.failOnProblems", defaultValue = "false")
  protected boolean failOnProblems;

  /** The physical naming strategy to read the entities with, as for check. */
  @Parameter(property = "migrations.physicalNamingStrategy")
  private String physicalNamingStrategy;

  /** The implicit naming strategy to read the entities with, as for check. */
  @Parameter(property = "migrations.implicitNamingStrategy")
  private String implicitNamingStrategy;

  /** The persistence unit whose properties apply to reading the entities, as for check. */
  @Parameter(property = "migrations.persistenceUnit")
  private String persistenceUnit;

  /** More Hibernate settings for reading the entities, as for check. */
  @Parameter
  private Map<String, String> hibernateProperties = new LinkedHashMap<>();

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    StatusCommand.Status status = new StatusCommand().run(new StatusCommand.Request(request.database(),
        request.historyTable(), request.packageName(), request.classLoader(), classesDirectory(),
        mappingSettings(request.classLoader(), new MappingParameters(
            physicalNamingStrategy, implicitNamingStrategy, persistenceUnit, hibernateProperties))), reporter());
    if (failOnProblems && !status.problems().isEmpty()) {
      throw new MigrationException("The database has " + status.problems().size() + " problem(s) (listed above)"
          + " and migrations.failOnProblems is set. Fix each as it says.");
    }
    if (failOnPending && !status.pending().isEmpty()) {
      throw new MigrationException(status.pending().size() + " migration(s) pending (listed above) and"
          + " migrations.failOnPending is set. Run mvn migrations:upgrade.");
    }
  }
}
