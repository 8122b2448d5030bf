package org.jpamigrations.plugin.config;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader over the project's main class path for reading its Spring Boot configuration, optionally without
 * the logging libraries on it (Log4j's API, SLF4J, Logback). Spring's logging façade starts whichever of them it
 * finds, and in a goal's JVM that start-up, two logging systems with their own discovery and configuration, cost
 * more than Boot's config loading itself; without them, the façade logs through {@code java.util.logging}.
 * A config loader of the application's that uses one of them directly fails to load here, and the environment is
 * then read again with them ({@link #needsLogging}).
 */
final class SpringBootLoader extends URLClassLoader {

  /** The packages (as resource paths) of the logging libraries that are left out. */
  private static final List<String> LOGGING = List.of("org/apache/logging/log4j/", "org/slf4j/", "ch/qos/logback/");

  private final boolean withoutLogging;

  private SpringBootLoader(URL[] urls, boolean withoutLogging) {
    super("jpa-migrations-spring-boot", urls, ClassLoader.getPlatformClassLoader());
    this.withoutLogging = withoutLogging;
  }

  /** A loader over the class path, without the logging libraries or with them. */
  static SpringBootLoader over(List<Path> classPath, boolean withoutLogging) {
    URL[] urls = new URL[classPath.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = classPath.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Bad class path element " + classPath.get(i), e);
      }
    }
    return new SpringBootLoader(urls, withoutLogging);
  }

  /** Whether a failure to read the environment came from a class this loader left out, in its causes. */
  static boolean needsLogging(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if ((cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException)
          && cause.getMessage() != null && leftOut(cause.getMessage().replace('.', '/'))) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (hidden(name.replace('.', '/'))) {
      throw new ClassNotFoundException(name + " (left out while reading the Spring Boot configuration)");
    }
    return super.findClass(name);
  }

  @Override
  public URL findResource(String name) {
    return hidden(name) ? null : super.findResource(name);
  }

  @Override
  public Enumeration<URL> findResources(String name) throws IOException {
    return hidden(name) ? Collections.emptyEnumeration() : super.findResources(name);
  }

  private boolean hidden(String path) {
    return withoutLogging && leftOut(path);
  }

  private static boolean leftOut(String path) {
    for (String prefix : LOGGING) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
