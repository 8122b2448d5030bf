package org.jpamigrations.cli.classpath;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a request with the application's classes: the migration runtime, Hibernate and the JDBC driver come
 * from its class path, never from this jar. The class loader's parent is the platform loader, so nothing of
 * the launcher leaks in; only the small runner of this jar is loaded again inside, and called by reflection
 * with plain values.
 */
public final class IsolatedRun {

  static final String RUNNER = "org.jpamigrations.cli.runner.Runner";
  static final String RUNTIME_CLASS = "org/jpamigrations/Migrations.class";

  private IsolatedRun() {}

  /** Runs the request; returns the runner's exit code. */
  public static int run(ApplicationClassPath application, Map<String, String> request, PrintWriter out,
      PrintWriter err) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(ownLocation()); // first, so that this CLI's runner is the one that runs
    urls.addAll(application.urls());
    try (URLClassLoader loader = new URLClassLoader("application", urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      if (loader.getResource(RUNTIME_CLASS) == null) {
        throw new ApplicationClassPath.InvalidClassPathException("The classpath holds no migrations runtime"
            + " (org.jpamigrations:migrations-annotation-model): give the application's Spring Boot jar, or its"
            + " jar with its dependency jars (app.jar" + java.io.File.pathSeparator + "lib/*)");
      }
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader); // Hibernate and drivers look classes up through it
      try {
        Method run = Class.forName(RUNNER, true, loader)
            .getMethod("run", Map.class, PrintWriter.class, PrintWriter.class);
        return (Integer) run.invoke(null, Map.copyOf(request), out, err);
      } catch (InvocationTargetException e) {
        throw rethrow(e.getCause());
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new IllegalStateException("Cannot start the runner inside the application's class path: " + e, e);
      } finally {
        thread.setContextClassLoader(previous);
        out.flush();
        err.flush();
      }
    }
  }

  /** This CLI's jar (or classes directory, in a build), which holds the runner. */
  static URL ownLocation() {
    try {
      URL location = IsolatedRun.class.getProtectionDomain().getCodeSource().getLocation();
      return Path.of(location.toURI()).toUri().toURL();
    } catch (URISyntaxException | IOException | NullPointerException e) {
      throw new IllegalStateException("Cannot find the migrations-cli jar to load its runner from: " + e, e);
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
