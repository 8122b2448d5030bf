package org.jpamigrations.plugin.project;

import java.nio.file.Path;

/**
 * What the plugin keeps of a build between goals, and where: in the build directory ({@code target}), beside the
 * records Maven's own plugins keep there, so that {@code mvn clean} removes it with them.
 */
public final class PluginStatus {

  /** Maven's plugins' records, in the build directory; there only after a Maven build. */
  public static final Path MAVEN_STATUS = Path.of("maven-status");
  /** The plugin's own records, beside Maven's plugins'. */
  private static final Path DIRECTORY = MAVEN_STATUS.resolve("jpa-migrations");
  /** The properties and profiles of the last build a goal ran, to tell whether the classes are up to date. */
  public static final Path BUILD_INPUTS = DIRECTORY.resolve("build-inputs.txt");
  /** The mapping a goal read last, with a record of what the read depended on. */
  public static final Path KEPT_MAPPING = DIRECTORY.resolve("mapping.bin");

  private PluginStatus() {}
}
