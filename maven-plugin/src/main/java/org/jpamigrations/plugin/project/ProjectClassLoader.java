package org.jpamigrations.plugin.project;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader over the project's compiled classes and dependencies. Its parent is the plugin's
 * own loader, asked first: the migration API, Jakarta Persistence and Hibernate are the plugin's
 * copies, so the plugin's Hibernate reads the project's annotations and the project's migration
 * classes implement the plugin's {@code Migration}. JDBC drivers come from the project.
 */
public final class ProjectClassLoader {

  private ProjectClassLoader() {}

  public static URLClassLoader create(List<String> classpathElements, ClassLoader parent) {
    List<URL> urls = new ArrayList<>();
    for (String element : classpathElements) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Bad class path element " + element, e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), parent);
  }
}
