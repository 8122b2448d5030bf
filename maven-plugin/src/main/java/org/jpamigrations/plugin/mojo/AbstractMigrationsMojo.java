package org.jpamigrations.plugin.mojo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.codegen.ProjectFormatter;
import org.jpamigrations.plugin.command.Reporter;
import org.jpamigrations.plugin.project.CompiledState;
import org.jpamigrations.plugin.project.ModuleScope;

/**
 * What every goal shares: the project, the migrations package, {@code migrations.skip}, building the project
 * first when its classes are stale, and turning a {@link MigrationException} into a one-line build failure (the
 * stack trace only with -e or -X).
 */
abstract class AbstractMigrationsMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution mojoExecution;

  @Component
  private LifecycleExecutor lifecycleExecutor;

  @Component
  private BuildPluginManager buildPluginManager;

  @Component
  private RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  /** Default-lifecycle phases that include {@code compile}: when one is on the command line, the classes are fresh. */
  private static final Set<String> COMPILING_PHASES = Set.of(
      "compile", "process-classes", "generate-test-sources", "process-test-sources", "generate-test-resources",
      "process-test-resources", "test-compile", "process-test-classes", "test", "prepare-package", "package",
      "pre-integration-test", "integration-test", "post-integration-test", "verify", "install", "deploy");

  /**
   * The package of the migration classes, under the main source root. Default: the project's groupId
   * followed by .db.migrations.
   */
  @Parameter(property = "migrations.package")
  protected String packageName;

  /** Skips the goal. */
  @Parameter(property = "migrations.skip", defaultValue = "false")
  protected boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    UnknownProperties.warnings(session.getUserProperties().stringPropertyNames(), knownProperties())
        .forEach(getLog()::warn);
    if (skip) {
      getLog().info("Skipped (migrations.skip)");
      return;
    }
    try {
      Optional<String> elsewhere = worksElsewhere();
      if (elsewhere.isPresent()) {
        getLog().info(elsewhere.get());
        if (readsClasses() && !BuildModules.pom(project) && session.getProjectDependencyGraph() != null
            && !session.getProjectDependencyGraph().getDownstreamProjects(project, false).isEmpty()) {
          // Maven resolves this module's classes for the modules of the build that depend on it, before the goal
          // runs there: they must be current.
          buildFirst("the modules of this build that depend on it see its current classes");
        }
        return;
      }
      if (readsClasses()) {
        buildFirst(mojoExecution.getGoal() + " sees the current classes");
      }
      run();
    } catch (MigrationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** What the goal needs of a module to work in it, in a build of several ({@link ModuleScope}). */
  protected ModuleScope.Need need() {
    return ModuleScope.Need.SOURCES;
  }

  /** Why the goal passes over this module of a build of several, or empty where it works in it. */
  private Optional<String> worksElsewhere() {
    if (session.getProjects().size() == 1 && !BuildModules.pom(project)) {
      return Optional.empty();
    }
    String packageName = packageName();
    List<ModuleScope.Module> build = BuildModules.of(session, project, packageName, need());
    ModuleScope.Module self = build.stream().filter(module -> module.id().equals(BuildModules.id(project))).findFirst()
        .orElseGet(() -> BuildModules.module(project, packageName, session, need()));
    return ModuleScope.passOver(self, BuildModules.dependencies(project), build, need(), mojoExecution.getGoal(),
        !standalone());
  }

  /** Whether the goal reads the project's compiled classes (entities or migrations). */
  protected boolean readsClasses() {
    return true;
  }

  /**
   * Run on its own (from the command line or an IDE's Maven runner, or as a report of the site), a goal builds the
   * project up to {@code process-classes} first, so that it never reads stale classes, unless a phase before it on
   * the same command line compiles or the classes are up to date with the sources. Bound to a phase, it uses the
   * classes that build made.
   *
   * @param purpose what the build is for, as the log line says it: "so that ..."
   */
  private void buildFirst(String purpose) throws MojoExecutionException, MojoFailureException {
    if (!standalone() || compiledBefore()) {
      return;
    }
    Path buildDirectory = Path.of(project.getBuild().getDirectory());
    // Read before the build: plugins it runs may add properties (git-commit-id-maven-plugin adds git.*), which the
    // command line of the next goal will not have.
    String inputs = buildInputs();
    CompiledState state = CompiledState.of(project.getBasedir().toPath(), project.getFile().toPath(),
        project.getCompileSourceRoots().stream().map(Path::of).toList(), buildDirectory, classesDirectory(), inputs);
    if (state.upToDate()) {
      getLog().info("Not building the project first: " + state.reason());
      compiledInThisBuild();
      return;
    }
    getLog().info("Building the project up to process-classes first, so that " + purpose + ": " + state.reason());
    try {
      MavenExecutionPlan plan = lifecycleExecutor.calculateExecutionPlan(session, "process-classes");
      for (MojoExecution execution : plan.getMojoExecutions()) {
        buildPluginManager.executeMojo(session, execution);
      }
    } catch (MojoFailureException | MojoExecutionException e) {
      throw e;
    } catch (Exception e) {
      throw new MojoExecutionException("Cannot compile the project before " + mojoExecution.getGoal()
          + ": " + e.getMessage(), e);
    }
    CompiledState.recordBuild(buildDirectory, inputs);
    compiledInThisBuild();
  }

  /**
   * Tells Maven that this module's classes are current, as after its compile phase: Maven gives a module of the
   * same build that depends on this one these classes only then, and would otherwise look for this module's jar,
   * which a goal run at the root of a multi-module project does not make. Maven marks the method as internal; where
   * a Maven lacks it, the dependent modules need {@code mvn compile} on the command line, as they did before.
   */
  private void compiledInThisBuild() {
    try {
      project.addLifecyclePhase("compile");
    } catch (LinkageError e) {
      getLog().debug("Cannot mark " + project.getArtifactId() + " as compiled in this build: " + e);
    }
  }

  /**
   * Whether the command line runs a compiling phase before this goal: {@code mvn compile migrations:upgrade} has
   * compiled when the goal runs, {@code mvn migrations:upgrade test} has not.
   */
  private boolean compiledBefore() {
    for (String task : session.getGoals()) {
      if (COMPILING_PHASES.contains(task)) {
        return true;
      }
      if (task.endsWith(":" + mojoExecution.getGoal())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the goal runs on its own rather than bound to a phase of a build that compiles: from the command line
   * (or an IDE's Maven runner). A report in the project site runs on its own too, as the site lifecycle compiles
   * nothing.
   */
  protected boolean standalone() {
    return mojoExecution.getSource() == MojoExecution.Source.CLI;
  }

  /**
   * What the build depends on besides the project's files: the command line's properties (a property may
   * choose other sources) and profiles. The plugin's own properties choose nothing the build compiles.
   */
  private String buildInputs() {
    StringBuilder inputs = new StringBuilder();
    new TreeMap<>(session.getUserProperties()).forEach((key, value) -> {
      if (!String.valueOf(key).startsWith(UnknownProperties.PREFIX)) {
        inputs.append(key).append('=').append(value).append('\n');
      }
    });
    inputs.append("profiles=").append(session.getRequest().getActiveProfiles())
        .append(" inactive=").append(session.getRequest().getInactiveProfiles()).append('\n');
    return inputs.toString();
  }

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
    return JavaNames.defaultMigrationsPackage(project.getGroupId());
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

  /** The formatter the build checks Java files with, for the files a goal writes ({@link ProjectFormatters}). */
  protected ProjectFormatter projectFormatter() {
    return ProjectFormatters.of(project, repositorySystem, repositorySession, getLog());
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
