package org.jpamigrations.plugin.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Which formatter a project's build checks its Java files with, read from its plugins (with what
 * {@code pluginManagement} adds): spring-javaformat-maven-plugin, or spotless-maven-plugin with
 * {@code <googleJavaFormat>} or {@code <palantirJavaFormat>} in its {@code <java>} block.
 */
public final class FormatterDetection {

  private static final String SPRING = "io.spring.javaformat:spring-javaformat-maven-plugin";
  private static final String SPOTLESS = "com.diffplug.spotless:spotless-maven-plugin";

  private FormatterDetection() {}

  /**
   * The formatter of the first plugin that has one.
   *
   * @param plugins the build's plugins, as {@code MavenProject.getBuildPlugins()} gives them
   * @param projectDirectory the project's base directory
   * @param javaVersion the running Java's feature version, which chooses Spotless's default google-java-format
   */
  public static Optional<FormatterLibrary> of(List<Plugin> plugins, Path projectDirectory, int javaVersion) {
    for (Plugin plugin : plugins) {
      String key = plugin.getGroupId() + ":" + plugin.getArtifactId();
      if (key.equals(SPRING) && plugin.getVersion() != null) {
        return Optional.of(new SpringJavaFormat(plugin.getVersion(), projectDirectory));
      }
      if (key.equals(SPOTLESS)) {
        Optional<FormatterLibrary> spotless = spotless(configurations(plugin), javaVersion);
        if (spotless.isPresent()) {
          return spotless;
        }
      }
    }
    return Optional.empty();
  }

  /** The plugin's own configuration, then its executions'. */
  private static List<Xpp3Dom> configurations(Plugin plugin) {
    List<Xpp3Dom> configurations = new ArrayList<>();
    if (plugin.getConfiguration() instanceof Xpp3Dom configuration) {
      configurations.add(configuration);
    }
    for (PluginExecution execution : plugin.getExecutions()) {
      if (execution.getConfiguration() instanceof Xpp3Dom configuration) {
        configurations.add(configuration);
      }
    }
    return configurations;
  }

  private static Optional<FormatterLibrary> spotless(List<Xpp3Dom> configurations, int javaVersion) {
    for (Xpp3Dom configuration : configurations) {
      Xpp3Dom java = configuration.getChild("java");
      if (java == null) {
        continue;
      }
      Xpp3Dom google = java.getChild("googleJavaFormat");
      if (google != null) {
        GoogleJavaFormat defaults = GoogleJavaFormat.defaults(javaVersion);
        return Optional.of(new GoogleJavaFormat(value(google, "groupArtifact", defaults.groupArtifact()),
            value(google, "version", defaults.version()), value(google, "style", defaults.style()).toUpperCase(),
            flag(google, "reflowLongStrings", defaults.reflowLongStrings()),
            flag(google, "reorderImports", defaults.reorderImports()),
            flag(google, "formatJavadoc", defaults.formatJavadoc())));
      }
      Xpp3Dom palantir = java.getChild("palantirJavaFormat");
      if (palantir != null) {
        PalantirJavaFormat defaults = PalantirJavaFormat.defaults();
        return Optional.of(new PalantirJavaFormat(value(palantir, "version", defaults.version()),
            value(palantir, "style", defaults.style()).toUpperCase(),
            flag(palantir, "formatJavadoc", defaults.formatJavadoc())));
      }
    }
    return Optional.empty();
  }

  private static String value(Xpp3Dom parent, String name, String otherwise) {
    Xpp3Dom child = parent.getChild(name);
    String value = child == null || child.getValue() == null ? "" : child.getValue().strip();
    return value.isEmpty() ? otherwise : value;
  }

  private static boolean flag(Xpp3Dom parent, String name, boolean otherwise) {
    return Boolean.parseBoolean(value(parent, name, String.valueOf(otherwise)));
  }
}
