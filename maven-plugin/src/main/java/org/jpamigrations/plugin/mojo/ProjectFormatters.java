package org.jpamigrations.plugin.mojo;

import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.jpamigrations.plugin.codegen.ProjectFormatter;
import org.jpamigrations.plugin.format.FormatterDetection;
import org.jpamigrations.plugin.format.FormatterLibrary;
import org.jpamigrations.plugin.format.FormatterLoader;

/** The formatter the project's build checks its Java files with, for the goals that write one. */
final class ProjectFormatters {

  private ProjectFormatters() {}

  /** The project's formatter, or none; one that cannot be loaded is reported in one warning, and none is used. */
  static ProjectFormatter of(MavenProject project, RepositorySystem system, RepositorySystemSession session,
      Log log) {
    Optional<FormatterLibrary> library = FormatterDetection.of(project.getBuildPlugins(),
        project.getBasedir().toPath(), Runtime.version().feature());
    if (library.isEmpty()) {
      return ProjectFormatter.NONE;
    }
    try {
      ProjectFormatter formatter = new FormatterLoader(system, session, project.getRemotePluginRepositories())
          .load(library.get());
      log.debug("Formatting the written files with " + formatter.name() + ", as the build does");
      return formatter;
    } catch (Exception | LinkageError e) {
      log.warn("Writing files unformatted: " + library.get().name() + ", the build's formatter, cannot be loaded ("
          + ProjectFormatter.reason(e) + "). Run " + library.get().applyCommand() + " before the build checks them.");
      return ProjectFormatter.NONE;
    }
  }
}
