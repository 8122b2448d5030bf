package org.jpamigrations.plugin.mojo;

import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jpamigrations.plugin.command.CheckCommand;
import org.jpamigrations.plugin.extract.QuietLogging;
import org.jpamigrations.plugin.project.ProjectClassLoader;

/**
 * Fails the build when the entities have changes that no migration captures, listing them. Needs no
 * database: meant for CI. Bound to the build without a phase, it runs at verify.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AbstractMappingMojo {

  @Override
  protected void run() throws MojoExecutionException {
    try (QuietLogging quiet = QuietLogging.hibernate(getLog().isDebugEnabled());
        URLClassLoader loader = ProjectClassLoader.create(classpath(), getClass().getClassLoader())) {
      new CheckCommand().run(new CheckCommand.Request(classesDirectory(), packageName(), loader,
          mappingSettings(loader)), reporter());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the project class loader", e);
    }
  }
}
