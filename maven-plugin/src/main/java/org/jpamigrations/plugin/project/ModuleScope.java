package org.jpamigrations.plugin.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpamigrations.migration.MigrationException;

/**
 * Where a goal works in a build of several modules. Run at the root of a multi-module project, Maven runs a goal in
 * every module, the parent POM first: the goal works in the modules that hold the migrations (or, for {@code init},
 * the entities) and passes over the others with one line that says where it works instead. A build of one module
 * (a single-module project, or {@code -pl}) is never passed over, and a build where no module holds what the goal
 * needs is not either: the goal's own error then says what to do, so that nothing passes green having done nothing.
 */
public final class ModuleScope {

  /** What a goal needs of a module to work in it. */
  public enum Need {
    /** The migration sources: the goals that write into the package or compare the entities with it. */
    SOURCES,
    /** The migrations on the module's class path, its own or a module's it depends on: the goals that read them. */
    CLASS_PATH,
    /** Entity sources: {@code init} creates the package beside them. */
    ENTITIES
  }

  /**
   * A module of the build, as far as the choice goes.
   *
   * @param id its groupId:artifactId
   * @param pom whether its packaging is {@code pom}: no sources or classes of its own
   * @param holdsMigrations whether its sources (or classes) hold its migrations package
   * @param holdsEntities whether its sources hold an entity; only looked at for {@code init}
   */
  public record Module(String id, boolean pom, boolean holdsMigrations, boolean holdsEntities) {

    String name() {
      return id.substring(id.indexOf(':') + 1);
    }
  }

  private ModuleScope() {}

  /**
   * Why {@code goal} passes over {@code self}, or empty where it works in it.
   *
   * @param self the module the goal runs in
   * @param dependsOn the ids of the modules {@code self} depends on
   * @param build every module of the build, {@code self} among them
   * @param bound whether the goal runs bound to a phase of the module's build rather than on its own: the module's
   *     POM asked for it there, so only a pom module is passed over
   * @throws MigrationException in a pom module that is the build's only module: it has nothing to work on
   */
  public static Optional<String> passOver(
      Module self, Set<String> dependsOn, List<Module> build, Need need, String goal, boolean bound) {
    List<Module> modules = build.stream().filter(module -> !module.pom()).toList();
    if (self.pom()) {
      if (modules.isEmpty()) {
        throw new MigrationException(self.name() + " is a pom module: it has no sources or classes for "
            + goal + " to work on. Run it in the module that holds the migrations: mvn -pl <module> migrations:"
            + goal + ".");
      }
      List<Module> working = working(modules, need);
      return Optional.of("Nothing to do in " + self.name() + ", a pom module: " + goal + " works in "
          + names(working) + (need == Need.CLASS_PATH && !working.isEmpty()
              ? " and the modules that depend on " + (working.size() == 1 ? "it" : "them") : "") + ".");
    }
    if (bound || modules.size() == 1) {
      return Optional.empty();
    }
    List<Module> working = working(modules, need);
    if (working.isEmpty() && need == Need.ENTITIES) {
      throw new MigrationException("No module of this build has entity classes yet, so " + goal + " cannot tell"
          + " where the migrations belong. Run it in the module that will hold the entities: mvn -pl <module>"
          + " migrations:" + goal + ".");
    }
    if (working.isEmpty() || working.contains(self)
        || need == Need.CLASS_PATH && working.stream().anyMatch(module -> dependsOn.contains(module.id()))) {
      return Optional.empty();
    }
    return Optional.of("Nothing to do in " + self.name() + ": " + (need == Need.ENTITIES
        ? "it has no entity classes, " : "it has no migrations package, ") + names(working) + " "
        + (working.size() == 1 ? "has" : "have") + (need == Need.ENTITIES ? " them" : " one")
        + ". To run " + goal + " here alone: mvn -pl :" + self.name() + " migrations:" + goal + ".");
  }

  /** The modules that hold what the goal needs; for {@code init}, also those that already hold migrations. */
  private static List<Module> working(List<Module> modules, Need need) {
    return modules.stream()
        .filter(module -> module.holdsMigrations() || need == Need.ENTITIES && module.holdsEntities())
        .toList();
  }

  private static String names(List<Module> modules) {
    if (modules.isEmpty()) {
      return "the modules that hold the migrations";
    }
    return modules.stream().map(Module::name).collect(Collectors.joining(", "));
  }
}
