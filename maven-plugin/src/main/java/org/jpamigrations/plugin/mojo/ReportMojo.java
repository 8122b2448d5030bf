package org.jpamigrations.plugin.mojo;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.command.MigrateCommand;
import org.jpamigrations.plugin.command.ReportCommand;
import org.jpamigrations.plugin.project.MigrationsPackage;

/**
 * Writes a self-contained HTML report of the migrations: the schema at the head and at the latest revisions, the
 * revision graph, and each migration's change (added, dropped, changed, and the steps that can lose data) as
 * inline SVG pictures. Opens offline. Needs no database; with {@code migrations.report.database=true} the revision
 * graph shows which revisions the configured database has applied, has pending or failed.
 *
 * <p>Also a report of the project site: listed under {@code <reporting>}, {@code mvn site} writes the same page to
 * {@code target/site/migrations-report/index.html} and links it from the Project Reports page, building the
 * project first when its classes are not current. Projects without a migrations package yet get no report.
 */
@Mojo(name = "report", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractDatabaseMojo implements MavenReport {

  /** Where the page goes in the site, without {@code .html}: the site links to it by this name. */
  static final String OUTPUT_NAME = "migrations-report/index";

  /** The HTML file to write. In the project site, the page is always {@code migrations-report/index.html}. */
  @Parameter(property = "migrations.output", defaultValue = "${project.build.directory}/migrations-report/index.html")
  private File output;

  /** Set to true to colour the revision graph by what the configured database applied. */
  @Parameter(property = "migrations.report.database", defaultValue = "false")
  private boolean useDatabase;

  /** The site's folder for this locale, when the site runs the report; set by the site. */
  private File reportOutputDirectory;

  /** Whether the site runs the report, rather than the command line or a phase of the build. */
  private boolean inSite;

  @Override
  protected void migrate(MigrateCommand command, MigrateCommand.Request request) {
    String name = project.getName() == null || project.getName().isBlank()
        ? project.getArtifactId() : project.getName();
    new ReportCommand().run(new ReportCommand.Request(request.packageName(), request.classLoader(), name,
        output.toPath(), useDatabase ? request.database() : null, request.historyTable()), reporter());
  }

  @Override
  protected boolean readsDatabase() {
    return useDatabase;
  }

  @Override
  protected boolean standalone() {
    return inSite || super.standalone();
  }

  // The site's side: an external report, a whole page of its own that the site links to.

  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    output = new File(getReportOutputDirectory(), OUTPUT_NAME + ".html");
    inSite = true;
    try {
      execute();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw new MavenReportException(e.getMessage(), e);
    } finally {
      inSite = false;
    }
  }

  /** None when skipped, or before the project has a migrations package (mvn migrations:init makes one). */
  @Override
  public boolean canGenerateReport() throws MavenReportException {
    if (skip) {
      return false;
    }
    try {
      List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
      if (MigrationsPackage.exists(packageName(), sourceRoots, classesDirectory())) {
        return true;
      }
      getLog().info("No migrations report: the project has no migrations package " + packageName()
          + " yet (mvn migrations:init creates it).");
      return false;
    } catch (MigrationException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "Schema migrations";
  }

  @Override
  public String getDescription(Locale locale) {
    return "The schema the migrations build, as ER diagrams at the head and at the latest revisions, the revision"
        + " graph, and what each migration adds, drops and changes, with the steps that can lose data.";
  }

  @Override
  public boolean isExternalReport() {
    return true;
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    reportOutputDirectory = directory;
  }

  /** The site's folder: what the site gave, else the project's reporting output directory ({@code target/site}). */
  @Override
  public File getReportOutputDirectory() {
    if (reportOutputDirectory != null) {
      return reportOutputDirectory;
    }
    String configured = project.getReporting() == null ? null : project.getReporting().getOutputDirectory();
    return configured != null ? new File(configured) : new File(project.getBuild().getDirectory(), "site");
  }
}
