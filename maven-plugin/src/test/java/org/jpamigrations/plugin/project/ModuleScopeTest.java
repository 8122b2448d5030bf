package org.jpamigrations.plugin.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.project.ModuleScope.Module;
import org.jpamigrations.plugin.project.ModuleScope.Need;
import org.junit.jupiter.api.Test;

/** Which modules of a multi-module build a goal works in, and what it says of the others. */
class ModuleScopeTest {

  private static final Module PARENT = new Module("com.acme:parent", true, false, false);
  private static final Module DOMAIN = new Module("com.acme:domain", false, true, true);
  private static final Module APP = new Module("com.acme:app", false, false, false);
  private static final Module TOOLS = new Module("com.acme:tools", false, false, false);
  private static final List<Module> BUILD = List.of(PARENT, DOMAIN, APP, TOOLS);

  @Test
  void theParentPomIsPassedOverAndNamesTheModulesThatWork() {
    Optional<String> line = ModuleScope.passOver(PARENT, Set.of(), BUILD, Need.SOURCES, "generate", false);

    assertThat(line).hasValue("Nothing to do in parent, a pom module: generate works in domain.");
  }

  @Test
  void aPomModuleAloneIsAnErrorNotAGreenBuildThatDidNothing() {
    assertThatThrownBy(() -> ModuleScope.passOver(PARENT, Set.of(), List.of(PARENT), Need.CLASS_PATH, "upgrade",
        false))
        .isInstanceOf(MigrationException.class)
        .hasMessage("parent is a pom module: it has no sources or classes for upgrade to work on. Run it in the"
            + " module that holds the migrations: mvn -pl <module> migrations:upgrade.");
  }

  @Test
  void aPomModuleIsPassedOverEvenWhereItsBuildBindsTheGoal() {
    assertThat(ModuleScope.passOver(PARENT, Set.of(), BUILD, Need.CLASS_PATH, "upgrade", true)).isPresent();
  }

  @Test
  void theGoalsThatWriteMigrationsWorkOnlyWhereThePackageIs() {
    assertThat(ModuleScope.passOver(DOMAIN, Set.of(), BUILD, Need.SOURCES, "generate", false)).isEmpty();
    assertThat(ModuleScope.passOver(APP, Set.of(DOMAIN.id()), BUILD, Need.SOURCES, "generate", false))
        .hasValue("Nothing to do in app: it has no migrations package, domain has one. To run generate here alone:"
            + " mvn -pl :app migrations:generate.");
  }

  @Test
  void theGoalsThatReadMigrationsAlsoWorkInTheModulesThatDependOnTheirs() {
    // The application module runs the migrations its domain module ships, with its own database settings.
    assertThat(ModuleScope.passOver(APP, Set.of(DOMAIN.id()), BUILD, Need.CLASS_PATH, "upgrade", false)).isEmpty();
    assertThat(ModuleScope.passOver(DOMAIN, Set.of(), BUILD, Need.CLASS_PATH, "upgrade", false)).isEmpty();
    assertThat(ModuleScope.passOver(TOOLS, Set.of("org.other:lib"), BUILD, Need.CLASS_PATH, "upgrade", false))
        .hasValueSatisfying(line -> assertThat(line).startsWith("Nothing to do in tools: it has no migrations"));
  }

  @Test
  void whereNoModuleHoldsMigrationsEveryModuleRunsTheGoalAndItsOwnErrorSaysWhatToDo() {
    List<Module> fresh = List.of(PARENT, new Module("com.acme:domain", false, false, true), APP);

    assertThat(ModuleScope.passOver(APP, Set.of(), fresh, Need.SOURCES, "generate", false)).isEmpty();
    assertThat(ModuleScope.passOver(APP, Set.of(), fresh, Need.CLASS_PATH, "status", false)).isEmpty();
  }

  @Test
  void initWorksWhereTheEntitiesAre() {
    Module domain = new Module("com.acme:domain", false, false, true);
    List<Module> fresh = List.of(PARENT, domain, APP);

    assertThat(ModuleScope.passOver(domain, Set.of(), fresh, Need.ENTITIES, "init", false)).isEmpty();
    assertThat(ModuleScope.passOver(APP, Set.of(domain.id()), fresh, Need.ENTITIES, "init", false))
        .hasValue("Nothing to do in app: it has no entity classes, domain has them. To run init here alone:"
            + " mvn -pl :app migrations:init.");
  }

  @Test
  void initWithoutEntitiesAnywhereAsksWhereTheyWillBe() {
    List<Module> empty = List.of(PARENT, APP, TOOLS);

    assertThatThrownBy(() -> ModuleScope.passOver(APP, Set.of(), empty, Need.ENTITIES, "init", false))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("No module of this build has entity classes yet")
        .hasMessageContaining("mvn -pl <module> migrations:init");
  }

  @Test
  void aBuildOfOneModuleOrABoundGoalIsNeverPassedOver() {
    assertThat(ModuleScope.passOver(APP, Set.of(), List.of(PARENT, APP), Need.SOURCES, "generate", false)).isEmpty();
    assertThat(ModuleScope.passOver(APP, Set.of(), List.of(APP), Need.ENTITIES, "init", false)).isEmpty();
    assertThat(ModuleScope.passOver(TOOLS, Set.of(), BUILD, Need.SOURCES, "check", true)).isEmpty();
  }
}
