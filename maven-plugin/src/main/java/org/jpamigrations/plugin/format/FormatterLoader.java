package org.jpamigrations.plugin.format;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.jpamigrations.plugin.codegen.ProjectFormatter;

/**
 * Resolves a formatter's artifacts as Maven resolves a plugin's (local repository first, then the plugin
 * repositories) and loads it in a class loader of its own, so that its libraries (Guava, Eclipse) never meet the
 * plugin's or the project's.
 */
public final class FormatterLoader {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  public FormatterLoader(RepositorySystem system, RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = List.copyOf(repositories);
  }

  /**
   * The formatter, its artifacts resolved; its classes are loaded when it formats its first file, and fail that file
   * if they do not hold the formatter this plugin knows.
   *
   * @throws DependencyResolutionException when its artifacts cannot be resolved (offline, a version no repository has)
   */
  public ProjectFormatter load(FormatterLibrary library) throws DependencyResolutionException, MalformedURLException {
    CollectRequest request = new CollectRequest();
    request.setRepositories(repositories);
    for (FormatterLibrary.LibraryArtifact artifact : library.artifacts()) {
      List<Exclusion> exclusions = artifact.exclusions().stream()
          .map(e -> new Exclusion(e.split(":")[0], e.split(":")[1], "*", "*"))
          .toList();
      request.addDependency(new Dependency(new DefaultArtifact(artifact.coordinates()), "runtime", false, exclusions));
    }
    List<URL> jars = new ArrayList<>();
    for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(request, null))
        .getArtifactResults()) {
      jars.add(result.getArtifact().getFile().toURI().toURL());
    }
    // The platform loader as parent: the JDK's classes (javac's too), none of Maven's.
    ClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return ProjectFormatter.named(library.name(), new ProjectFormatter.Formatting() {
      // Built on the first file: a goal that writes none (generate finding no change) never loads it.
      private ProjectFormatter loaded;

      @Override
      public synchronized String format(String source) throws Exception {
        if (loaded == null) {
          loaded = library.load(loader);
        }
        return loaded.format(source);
      }
    });
  }
}
