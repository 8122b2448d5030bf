package org.jpamigrations.plugin.extract;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.extract.SchemaExtractor;

/**
 * Loads the extraction classes of this package together with the project's jars, so that they link
 * against the project's Hibernate and Jakarta Persistence instead of the plugin's.
 *
 * <p>The boundary: the JDK comes from the platform, and the few plugin types that cross between the
 * two worlds (what {@link MappingExtraction} takes and returns: the schema model, rename hints,
 * {@link MappedSchema}, {@link MappingHibernate}, and {@code MigrationException}) come from the plugin,
 * so that both sides see the same classes. None of them refers to Hibernate. Everything else, Hibernate
 * and the Hibernate-facing classes ({@link HibernateBoot}, the runtime's {@link SchemaExtractor}, ...), is
 * loaded here, first from the plugin's jars (its own and its runtime's), then from the project's jars. The project's compiled
 * classes, the entities, are loaded by a child of this loader, one per read.
 */
final class ExtractionClassLoader extends URLClassLoader {

  /** Packages and classes shared with the plugin, by name prefix. */
  private static final List<String> SHARED = List.of(
      "org.jpamigrations.model.",
      "org.jpamigrations.migration.",
      "org.jpamigrations.diff.",
      MappedSchema.class.getName(),
      MappingHibernate.class.getName());

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader plugin;

  /**
   * @param pluginCode where the plugin's classes and its runtime's extractor are: jars, or classes directories
   * @param projectClassPath the jars of the project's class path
   * @param plugin the plugin's class loader, for the shared types
   */
  ExtractionClassLoader(List<URL> pluginCode, URL[] projectClassPath, ClassLoader plugin) {
    super("jpa-migrations-extraction", withFirst(pluginCode, projectClassPath), ClassLoader.getPlatformClassLoader());
    this.plugin = plugin;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (isShared(name)) {
      return plugin.loadClass(name);
    }
    return super.loadClass(name, resolve);
  }

  static boolean isShared(String className) {
    for (String shared : SHARED) {
      if (className.equals(shared) || (shared.endsWith(".") && className.startsWith(shared))) {
        return true;
      }
    }
    return false;
  }

  private static URL[] withFirst(List<URL> first, URL[] rest) {
    List<URL> urls = new ArrayList<>(first);
    urls.addAll(List.of(rest));
    return urls.toArray(URL[]::new);
  }
}
