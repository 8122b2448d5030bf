package org.jpamigrations.plugin.mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.jpamigrations.plugin.project.MigrationsPackage;
import org.jpamigrations.plugin.project.ModuleScope;

/** The modules of a Maven build as {@link ModuleScope} weighs them, read from their POMs and files. */
final class BuildModules {

  private static final String PLUGIN = "org.jpamigrations:migrations-maven-plugin";

  /** Source roots read for entities, per build: init runs in every module, and reads each file once. */
  private static final Map<MavenExecutionRequest, Map<Path, Boolean>> ENTITY_ROOTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private BuildModules() {}

  /** Every module of the build; {@code self}'s migrations package is the one the goal was given. */
  static List<ModuleScope.Module> of(MavenSession session, MavenProject self, String selfPackage,
      ModuleScope.Need need) {
    return session.getProjects().stream()
        .map(module -> module(module, id(module).equals(id(self)) ? selfPackage : packageOf(module, session), session,
            need))
        .toList();
  }

  static ModuleScope.Module module(MavenProject module, String packageName, MavenSession session,
      ModuleScope.Need need) {
    boolean pom = pom(module);
    List<Path> sourceRoots = module.getCompileSourceRoots().stream().map(Path::of).toList();
    boolean migrations = !pom
        && MigrationsPackage.exists(packageName, sourceRoots, Path.of(module.getBuild().getOutputDirectory()));
    boolean entities = !pom && need == ModuleScope.Need.ENTITIES && sourceRoots.stream().anyMatch(root ->
        ENTITY_ROOTS.computeIfAbsent(session.getRequest(), request -> new ConcurrentHashMap<>())
            .computeIfAbsent(root.toAbsolutePath().normalize(), BuildModules::entities));
    return new ModuleScope.Module(id(module), pom, migrations, entities);
  }

  /** The modules {@code self} depends on, directly or through others, as groupId:artifactId. */
  static Set<String> dependencies(MavenProject self) {
    Set<String> ids = new HashSet<>();
    for (Dependency dependency : self.getDependencies()) {
      ids.add(id(dependency.getGroupId(), dependency.getArtifactId()));
    }
    for (Artifact artifact : self.getArtifacts()) {
      ids.add(id(artifact.getGroupId(), artifact.getArtifactId()));
    }
    return ids;
  }

  /** Every module of the project, also those {@code -pl} leaves out of the build. */
  static List<MavenProject> project(MavenSession session) {
    try {
      List<MavenProject> all = session.getAllProjects();
      return all != null ? all : session.getProjects();
    } catch (LinkageError e) {
      return session.getProjects();
    }
  }

  /**
   * The modules of the project that use {@code self}, directly or through others, and are Spring Boot applications:
   * their POMs declare a Spring Boot dependency. Their naming strategies and {@code spring.jpa} settings are not on
   * {@code self}'s class path. Every module of the project counts, also those {@code -pl} leaves out of the build.
   */
  static List<String> springBootDependents(List<MavenProject> modules, MavenProject self) {
    Set<String> using = new HashSet<>(Set.of(id(self)));
    List<MavenProject> dependents = new ArrayList<>();
    boolean found = true;
    while (found) {
      found = false;
      for (MavenProject module : modules) {
        if (!using.contains(id(module)) && module.getDependencies().stream()
            .anyMatch(dependency -> using.contains(id(dependency.getGroupId(), dependency.getArtifactId())))) {
          using.add(id(module));
          dependents.add(module);
          found = true;
        }
      }
    }
    return dependents.stream()
        .filter(module -> module.getDependencies().stream()
            .anyMatch(dependency -> "org.springframework.boot".equals(dependency.getGroupId())))
        .map(MavenProject::getArtifactId)
        .toList();
  }

  /**
   * Another module's migrations package, as the goal would take it there: {@code -Dmigrations.package}, else the
   * plugin's configuration in that module's POM, else its groupId followed by {@code .db.migrations}.
   */
  private static String packageOf(MavenProject module, MavenSession session) {
    String property = session.getUserProperties().getProperty("migrations.package");
    if (property != null && !property.isBlank()) {
      return property.trim();
    }
    for (Plugin plugin : plugins(module)) {
      if (plugin.getConfiguration() instanceof Xpp3Dom configuration) {
        Xpp3Dom packageName = configuration.getChild("packageName");
        if (packageName != null && packageName.getValue() != null && !packageName.getValue().isBlank()) {
          return packageName.getValue().trim();
        }
      }
    }
    return JavaNames.defaultMigrationsPackage(module.getGroupId());
  }

  private static List<Plugin> plugins(MavenProject module) {
    Plugin built = module.getBuild().getPluginsAsMap().get(PLUGIN);
    Plugin managed = module.getBuild().getPluginManagement() == null ? null
        : module.getBuild().getPluginManagement().getPluginsAsMap().get(PLUGIN);
    return Stream.of(built, managed).filter(plugin -> plugin != null).toList();
  }

  /** Whether a source root holds a JPA entity: a source file that names the annotation. */
  private static boolean entities(Path root) {
    if (!Files.isDirectory(root)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).anyMatch(BuildModules::declaresEntity);
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static boolean declaresEntity(Path file) {
    try {
      String text = Files.readString(file);
      return text.contains("jakarta.persistence")
          && (text.contains("@Entity") || text.contains("@jakarta.persistence.Entity"));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether the module's packaging is {@code pom}: no sources or classes of its own. */
  static boolean pom(MavenProject module) {
    return "pom".equals(module.getPackaging());
  }

  static String id(MavenProject module) {
    return id(module.getGroupId(), module.getArtifactId());
  }

  private static String id(String groupId, String artifactId) {
    return groupId + ":" + artifactId;
  }
}
