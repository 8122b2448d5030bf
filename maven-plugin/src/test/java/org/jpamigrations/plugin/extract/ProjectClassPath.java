package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A project class loader as the goals build it: the compiled classes and the test class path
 * (Hibernate 7 and its dependencies, the annotation model), with the plugin's loader as parent.
 */
final class ProjectClassPath {

  private ProjectClassPath() {}

  static URLClassLoader loader(Path classes) throws Exception {
    return loader(classes, jar -> false);
  }

  /** As {@link #loader(Path)}, without the jars of the test class path that {@code left} names. */
  static URLClassLoader loader(Path classes, Predicate<String> left) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    // Not the plugin's own directories: they hold the fixtures too.
    List<Path> plugins = List.of(FixtureClasses.testClasses(),
        Path.of(MappingReader.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String element : classPath.split(File.pathSeparator)) {
      if (!element.isBlank() && !plugins.contains(Path.of(element)) && !left.test(element)) {
        urls.add(Path.of(element).toUri().toURL());
      }
    }
    URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ProjectClassPath.class.getClassLoader());
    assertThat(ProjectHibernate.find(loader)).as("hibernate-core on the test class path").isPresent();
    return loader;
  }
}
