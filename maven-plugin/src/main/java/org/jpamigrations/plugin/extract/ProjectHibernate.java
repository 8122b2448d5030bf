package org.jpamigrations.plugin.extract;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hibernate-core on the project's own class path, if any: the Hibernate the application runs
 * with, and so the one that must read its mapping.
 *
 * @param version its version as its manifest gives it, such as {@code 6.6.56.Final}; {@code null}
 *     when the manifest does not say
 * @param location where its {@code org.hibernate.Version} class was found, for messages
 */
record ProjectHibernate(String version, URL location) {

  private static final String MARKER = "org/hibernate/Version.class";
  private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");

  /**
   * Looks in the class path of the project loader itself, not in its parents (where the plugin's
   * Hibernate is). Only a loader built over the project's class path, as the goals build it, has
   * one; any other finds none.
   */
  static Optional<ProjectHibernate> find(ClassLoader projectLoader) {
    if (!(projectLoader instanceof URLClassLoader urls)) {
      return Optional.empty();
    }
    URL marker = urls.findResource(MARKER);
    return marker == null ? Optional.empty() : Optional.of(new ProjectHibernate(versionAt(marker), marker));
  }

  /**
   * Whether the plugin can read mappings with it: 6.6 and later. An unknown version is tried.
   */
  boolean supported() {
    if (version == null) {
      return true;
    }
    Matcher matcher = MAJOR_MINOR.matcher(version);
    if (!matcher.lookingAt()) {
      return true;
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    return major > 6 || (major == 6 && minor >= 6);
  }

  /** The version in the manifest of the jar (or directory) that holds the marker class. */
  private static String versionAt(URL marker) {
    try {
      // Opening the connection does not open the jar; the jar is opened here and closed again.
      if (marker.openConnection() instanceof JarURLConnection jar) {
        try (JarFile file = new JarFile(new File(jar.getJarFileURL().toURI()))) {
          Manifest manifest = file.getManifest();
          return manifest == null ? null : version(manifest);
        }
      }
      try (InputStream in = marker.toURI().resolve("../../../META-INF/MANIFEST.MF").toURL().openStream()) {
        return version(new Manifest(in));
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String version(Manifest manifest) {
    Attributes attributes = manifest.getMainAttributes();
    String version = attributes.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
    return version != null ? version : attributes.getValue("Bundle-Version");
  }
}
