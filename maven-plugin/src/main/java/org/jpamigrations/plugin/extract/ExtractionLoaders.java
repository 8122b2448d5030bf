package org.jpamigrations.plugin.extract;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the last {@link ExtractionClassLoader} while the jars it was built over stay the same, so that
 * goals run one after the other in one build (or a build daemon) load the project's Hibernate once,
 * as the plugin's own is loaded once. The project's directories (its compiled classes, which change
 * between builds) are never part of it: each read puts them in a loader of its own on top.
 */
final class ExtractionLoaders {

  private static Cached last;

  private ExtractionLoaders() {}

  /** A jar and when it last changed: a rebuilt or replaced jar makes a new loader. */
  private record Stamp(URL jar, long modified, long length) {}

  private record Cached(List<Stamp> jars, ExtractionClassLoader loader) {}

  /**
   * The loader for these jars: the last one when they have not changed since, else a new one. A
   * replaced loader is not closed, since a parallel build may still read with it; it goes away with
   * the last reference to it.
   */
  static synchronized ExtractionClassLoader over(List<URL> pluginCode, List<URL> jars, ClassLoader plugin) {
    List<Stamp> stamps = new ArrayList<>();
    pluginCode.forEach(code -> stamps.add(stamp(code)));
    jars.forEach(jar -> stamps.add(stamp(jar)));
    if (last == null || !last.jars().equals(stamps)) {
      last = new Cached(stamps, new ExtractionClassLoader(pluginCode, jars.toArray(URL[]::new), plugin));
    }
    return last.loader();
  }

  private static Stamp stamp(URL url) {
    try {
      File file = new File(url.toURI());
      return new Stamp(url, file.lastModified(), file.length());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return new Stamp(url, -1, -1);
    }
  }
}
