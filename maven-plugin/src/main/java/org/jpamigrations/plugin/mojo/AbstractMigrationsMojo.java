package org.jpamigrations.plugin.mojo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.config.MappingSettings;
import org.jpamigrations.plugin.config.SpringSettings;
import org.jpamigrations.plugin.command.Reporter;

/**
 * What every goal shares: the project, the migrations package, {@code migrations.skip}, and turning
 * a {@link MigrationException} into a one-line build failure (the stack trace only with -e or -X).
 */
abstract class AbstractMigrationsMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution mojoExecution;

  /**
   * The package of the migration classes, under the main source root. Default: the project's groupId
   * followed by .db.migrations.
   */
  @Parameter(property = "migrations.package")
  protected String packageName;

  /**
   * JDBC URL of the database the migrations run on. Default: the application's {@code spring.datasource.url}
   * for the goals that use a database (and for sql), else an embedded H2 file database under
   * {@code target/}. generate and check do not depend on it: they read the mapping the same way for
   * every database, so that one set of migrations runs on all of them.
   */
  @Parameter(property = "migrations.url")
  protected String url;

  /**
   * The Spring Boot profiles to read the application's configuration with, comma-separated, as
   * {@code spring.profiles.active} would give them when the application starts. Default: the profiles
   * the configuration itself activates.
   */
  @Parameter(property = "migrations.springProfiles")
  protected String springProfiles;

  /**
   * The database dialect, when detection is not wanted: {@code h2}, {@code postgresql}, {@code mysql},
   * {@code mariadb}, {@code sqlserver}, {@code oracle}, or a Hibernate dialect class name. When it is set,
   * generate and check also read the mapping for that database alone, for mappings only it supports
   * (a PostgreSQL {@code inet} column, say); the migrations they write may then not run elsewhere.
   */
  @Parameter(property = "migrations.dialect")
  protected String dialect;

  /**
   * Hibernate physical naming strategy, as the application sets {@code hibernate.physical_naming_strategy}.
   * Default: what the application's own configuration says (Spring Boot's properties, persistence.xml).
   */
  @Parameter(property = "migrations.physicalNamingStrategy")
  protected String physicalNamingStrategy;

  /** Hibernate implicit naming strategy, as the application sets {@code hibernate.implicit_naming_strategy}. */
  @Parameter(property = "migrations.implicitNamingStrategy")
  protected String implicitNamingStrategy;

  /** The persistence unit of {@code META-INF/persistence.xml} whose properties apply; default: the first. */
  @Parameter(property = "migrations.persistenceUnit")
  protected String persistenceUnit;

  /** More Hibernate settings for reading the mapping ({@code hibernate.globally_quoted_identifiers}, ...). */
  @Parameter
  protected Map<String, String> hibernateProperties = new LinkedHashMap<>();

  /** Skips the goal. */
  @Parameter(property = "migrations.skip", defaultValue = "false")
  protected boolean skip;

  private SpringSettings spring;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    UnknownProperties.warnings(session.getUserProperties().stringPropertyNames(), knownProperties())
        .forEach(getLog()::warn);
    if (skip) {
      getLog().info("Skipped (migrations.skip)");
      return;
    }
    try {
      run();
    } catch (MigrationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Every {@code migrations.*} property a goal of this plugin reads, from its descriptor. */
  private Set<String> knownProperties() {
    Set<String> known = new TreeSet<>(List.of(AbstractDatabaseMojo.PASSWORD_PROPERTY));
    for (MojoDescriptor goal : mojoExecution.getMojoDescriptor().getPluginDescriptor().getMojos()) {
      for (org.apache.maven.plugin.descriptor.Parameter parameter : goal.getParameters()) {
        String expression = parameter.getExpression();
        if (expression != null && expression.startsWith("${" + UnknownProperties.PREFIX) && expression.endsWith("}")) {
          known.add(expression.substring(2, expression.length() - 1));
        }
      }
    }
    return known;
  }

  protected String packageName() {
    if (packageName != null && !packageName.isBlank()) {
      String name = packageName.trim();
      if (!javax.lang.model.SourceVersion.isName(name)) {
        throw new MigrationException("migrations.package '" + name + "' is not a Java package name: each part"
            + " must start with a letter and not be a Java keyword. Use a name such as com.example.db.migrations.");
      }
      return name;
    }
    return JavaNames.packageFor(project.getGroupId()) + ".db.migrations";
  }

  protected Path sourceRoot() {
    return Path.of(project.getBuild().getSourceDirectory());
  }

  protected Path classesDirectory() {
    return Path.of(project.getBuild().getOutputDirectory());
  }

  /** Compiled classes and every dependency, test scope included: JDBC drivers are often test-scoped. */
  protected List<String> classpath() throws MojoExecutionException {
    try {
      return project.getTestClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's dependencies are not resolved: " + e.getMessage(), e);
    }
  }

  /** The project's main class path: {@link #classpath()} without the test classes and resources. */
  protected List<Path> mainClasspath() throws MojoExecutionException {
    Path testClasses = Path.of(project.getBuild().getTestOutputDirectory()).toAbsolutePath().normalize();
    return classpath().stream()
        .map(element -> Path.of(element).toAbsolutePath().normalize())
        .filter(element -> !element.equals(testClasses))
        .toList();
  }

  /** The application's Spring Boot environment, read once per goal; {@link SpringSettings#NONE} without Spring Boot. */
  protected SpringSettings springSettings() {
    if (spring == null) {
      List<String> profiles = springProfiles == null ? List.of() : Arrays.stream(springProfiles.split(","))
          .map(String::trim)
          .filter(profile -> !profile.isEmpty())
          .toList();
      try {
        spring = SpringSettings.read(mainClasspath(), project.getBasedir().toPath(), profiles);
      } catch (MojoExecutionException e) {
        throw new MigrationException(e.getMessage(), e);
      }
    }
    return spring;
  }

  /**
   * Whether the goal works on the application's database, so that its {@code spring.datasource.url}
   * applies. generate and check compare in logical terms and must not depend on it.
   */
  protected boolean usesApplicationDatabase() {
    return false;
  }

  /**
   * The database the migrations are for: {@code migrations.url}, else (for the goals that use the
   * application's database) {@code spring.datasource.url}, else an embedded H2 file under target/.
   */
  protected DatabaseChoice database() {
    return DatabaseChoice.choose(url,
        usesApplicationDatabase() ? springSettings().dataSource() : Optional.empty(),
        "jdbc:h2:file:" + Path.of(project.getBuild().getDirectory(), "migrations-db", "h2"));
  }

  /**
   * The settings Hibernate reads the mapping with: the application's own (Spring Boot defaults,
   * hibernate.properties, persistence.xml, its Spring Boot environment), the plugin's parameters, and
   * the portable reading (H2's, whose types every database renders), or {@code migrations.dialect} when set.
   */
  protected Map<String, String> mappingSettings(ClassLoader projectLoader) {
    Map<String, String> overrides = new LinkedHashMap<>(hibernateProperties);
    overrides.put("hibernate.physical_naming_strategy", physicalNamingStrategy);
    overrides.put("hibernate.implicit_naming_strategy", implicitNamingStrategy);
    Map<String, String> settings = new LinkedHashMap<>(MappingSettings.resolve(
        classesDirectory(), projectLoader, persistenceUnit, springSettings().hibernate(), overrides));
    settings.putAll(SqlDialects.hibernateSettings(null, dialect));
    if (getLog().isDebugEnabled()) {
      getLog().debug("Hibernate settings for the mapping: " + settings);
    }
    return settings;
  }

  protected Reporter reporter() {
    return new Reporter() {
      @Override
      public void info(String line) {
        getLog().info(line);
      }

      @Override
      public void warn(String line) {
        getLog().warn(line);
      }

      @Override
      public void debug(String line) {
        getLog().debug(line);
      }

      @Override
      public boolean isDebugEnabled() {
        return getLog().isDebugEnabled();
      }
    };
  }
}
