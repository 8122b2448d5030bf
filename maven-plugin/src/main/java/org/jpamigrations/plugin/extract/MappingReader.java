package org.jpamigrations.plugin.extract;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpamigrations.extract.SchemaExtractor;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;

/**
 * Reads the schema that the project's JPA entities describe: scans the compiled classes, builds
 * Hibernate's mapping without a database, and extracts what Hibernate's schema export would create.
 *
 * <p>The mapping is read with the Hibernate the application runs with. When the project's class path
 * has a hibernate-core (6.6 or later), the extraction runs in an {@link ExtractionClassLoader} over
 * the project's jars (kept between reads by {@link ExtractionLoaders}), linked against that Hibernate: versions differ in what they create (Hibernate 7
 * gives a {@code Set} element collection's table a primary key, 6.6 does not). A project with only
 * the Jakarta Persistence API is read with the plugin's own Hibernate. Rendering SQL at upgrade time
 * always uses the plugin's Hibernate: only the model, which knows no Hibernate, crosses over.
 */
public final class MappingReader {

  private MappingReader() {}

  /**
   * @param classesDirectory the project's compiled classes ({@code target/classes})
   * @param projectLoader a class loader that sees the project's classes and their dependencies; when it
   *     is a {@link URLClassLoader} over the project's class path and that holds hibernate-core, that
   *     Hibernate reads the mapping
   * @param settings Hibernate settings, such as {@code hibernate.dialect}; H2 when none is given
   * @return the schema, tables and sequences sorted by name
   * @throws MigrationException when there are no entities or the mapping is invalid
   */
  public static Schema read(Path classesDirectory, ClassLoader projectLoader, Map<String, String> settings) {
    return readMapped(classesDirectory, projectLoader, settings).schema();
  }

  /**
   * Like {@link #read}, with the former names that the entities declare with {@code @RenamedFrom},
   * and which Hibernate read them. In a Maven build directory the last read is kept, and given back while
   * nothing it depends on has changed ({@link MappingCache}).
   *
   * @throws MigrationException when there are no entities, the mapping is invalid, or the project's
   *     Hibernate is older than 6.6
   */
  public static MappedSchema readMapped(Path classesDirectory, ClassLoader projectLoader, Map<String, String> settings) {
    Optional<MappingCache> cache = MappingCache.of(classesDirectory, projectLoader, settings);
    Optional<MappedSchema> kept = cache.flatMap(MappingCache::find);
    if (kept.isPresent()) {
      return kept.get();
    }
    MappedSchema mapped = readNow(classesDirectory, projectLoader, settings);
    cache.ifPresent(c -> c.keep(mapped));
    return mapped;
  }

  private static MappedSchema readNow(Path classesDirectory, ClassLoader projectLoader, Map<String, String> settings) {
    Optional<ProjectHibernate> project = ProjectHibernate.find(projectLoader);
    if (project.isEmpty()) {
      return MappingExtraction.read(classesDirectory, projectLoader, settings, false);
    }
    ProjectHibernate hibernate = project.get();
    if (!hibernate.supported()) {
      throw new MigrationException("The project uses Hibernate " + hibernate.version() + " (" + hibernate.location()
          + "), which the plugin cannot read mappings with: it supports Hibernate 6.6 and later. "
          + "Upgrade hibernate-core to 6.6 or later (Spring Boot 3.4 or later); see docs/troubleshooting.md.");
    }
    return readWithProjectHibernate(classesDirectory, (URLClassLoader) projectLoader, settings);
  }

  /** The version of the plugin's own Hibernate. */
  public static String pluginHibernateVersion() {
    return org.hibernate.Version.getVersionString();
  }

  private static MappedSchema readWithProjectHibernate(
      Path classesDirectory, URLClassLoader projectLoader, Map<String, String> settings) {
    // The extractor itself is in the runtime's jar, beside the plugin's: both link to the project's Hibernate.
    List<URL> pluginCode = List.of(codeOf(MappingReader.class), codeOf(SchemaExtractor.class));
    List<URL> jars = new ArrayList<>();
    List<URL> directories = new ArrayList<>();
    for (URL url : projectLoader.getURLs()) {
      (isFile(url) ? jars : directories).add(url);
    }
    ExtractionClassLoader extraction = ExtractionLoaders.over(pluginCode, jars, MappingReader.class.getClassLoader());
    // The compiled classes change from one build to the next: a loader of their own, on top, for each read.
    try (URLClassLoader project =
        new URLClassLoader("jpa-migrations-project-classes", directories.toArray(URL[]::new), extraction)) {
      Method read = Class.forName(MappingExtraction.class.getName(), true, extraction)
          .getDeclaredMethod("read", Path.class, ClassLoader.class, Map.class, boolean.class);
      read.setAccessible(true);
      return (MappedSchema) read.invoke(null, classesDirectory, project, settings, true);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new MigrationException("Cannot read the mapping: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | IOException e) {
      throw new MigrationException("Cannot load the mapping reader over the project's class path: " + e
          + ". Report this with the output of mvn -X.", e);
    }
  }

  private static URL codeOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static boolean isFile(URL url) {
    try {
      return new File(url.toURI()).isFile();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }
}
