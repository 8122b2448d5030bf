package org.jpamigrations.plugin.mojo;

import org.apache.maven.plugins.annotations.Mojo;
import org.jpamigrations.plugin.command.InitCommand;
import org.jpamigrations.plugin.project.ModuleScope;

/** Creates the migrations package in the project's sources. */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractMigrationsMojo {

  @Override
  protected ModuleScope.Need need() {
    return ModuleScope.Need.ENTITIES;
  }

  @Override
  protected boolean readsClasses() {
    return false;
  }

  @Override
  protected void run() {
    boolean hasApi = project.getDependencies().stream().anyMatch(d ->
        "org.jpamigrations".equals(d.getGroupId()) && "migrations-annotation-model".equals(d.getArtifactId()));
    String version = mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
    new InitCommand(projectFormatter()).run(new InitCommand.Request(sourceRoot(), packageName(), hasApi, version), reporter());
  }
}
