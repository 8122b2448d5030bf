package org.jpamigrations.plugin.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class FormatterDetectionTest {

  private static final Path PROJECT = Path.of("/project");

  @Test
  void springJavaFormatTakesThePluginsVersion() {
    Plugin plugin = plugin("io.spring.javaformat", "spring-javaformat-maven-plugin", "0.0.47", null);

    assertThat(detect(plugin)).contains(new SpringJavaFormat("0.0.47", PROJECT));
  }

  @Test
  void spotlessWithGoogleJavaFormatTakesItsVersionStyleAndOptions() {
    Plugin plugin = spotless("""
        <configuration><java><googleJavaFormat>
          <version>1.25.2</version><style>aosp</style><reflowLongStrings>true</reflowLongStrings>
        </googleJavaFormat></java></configuration>""");

    assertThat(detect(plugin)).contains(new GoogleJavaFormat(GoogleJavaFormat.GROUP_ARTIFACT, "1.25.2", "AOSP",
        true, false, true));
  }

  @Test
  void anEmptyGoogleJavaFormatHasSpotlessDefaultsForTheRunningJava() {
    Plugin plugin = spotless("<configuration><java><googleJavaFormat/></java></configuration>");

    assertThat(FormatterDetection.of(List.of(plugin), PROJECT, 17)).contains(GoogleJavaFormat.defaults(17));
    assertThat(GoogleJavaFormat.defaults(17).version()).isEqualTo("1.28.0");
    assertThat(GoogleJavaFormat.defaults(21).version()).isEqualTo("2.0.0");
  }

  @Test
  void spotlessWithPalantirJavaFormatInAnExecutionIsFound() {
    Plugin plugin = spotless(null);
    PluginExecution check = new PluginExecution();
    check.setConfiguration(dom("""
        <configuration><java><palantirJavaFormat><version>2.103.0</version>
          <formatJavadoc>true</formatJavadoc></palantirJavaFormat></java></configuration>"""));
    plugin.addExecution(check);

    assertThat(detect(plugin)).contains(new PalantirJavaFormat("2.103.0", "PALANTIR", true));
  }

  @Test
  void spotlessWithAnotherJavaFormatterOrNoneIsNoFormatter() {
    assertThat(detect(spotless("<configuration><java><eclipse/></java></configuration>"))).isEmpty();
    assertThat(detect(spotless("<configuration><pom><sortPom/></pom></configuration>"))).isEmpty();
    assertThat(detect(plugin("org.apache.maven.plugins", "maven-compiler-plugin", "3.14.1", null))).isEmpty();
  }

  @Test
  void theFirstPluginWithAFormatterWins() {
    Plugin spotless = spotless("<configuration><java><palantirJavaFormat/></java></configuration>");
    Plugin spring = plugin("io.spring.javaformat", "spring-javaformat-maven-plugin", "0.0.47", null);

    assertThat(FormatterDetection.of(List.of(spotless, spring), PROJECT, 17))
        .contains(PalantirJavaFormat.defaults());
  }

  @Test
  void palantirLeavesOutItsParentPomWhichItNamesAsAJar() {
    assertThat(PalantirJavaFormat.defaults().artifacts()).singleElement().satisfies(artifact ->
        assertThat(artifact.exclusions()).containsExactly("com.palantir.javaformat:palantir-java-format-parent"));
  }

  private static Optional<FormatterLibrary> detect(Plugin plugin) {
    return FormatterDetection.of(List.of(plugin), PROJECT, 17);
  }

  private static Plugin spotless(String configuration) {
    return plugin("com.diffplug.spotless", "spotless-maven-plugin", "3.11.0", configuration);
  }

  private static Plugin plugin(String groupId, String artifactId, String version, String configuration) {
    Plugin plugin = new Plugin();
    plugin.setGroupId(groupId);
    plugin.setArtifactId(artifactId);
    plugin.setVersion(version);
    if (configuration != null) {
      plugin.setConfiguration(dom(configuration));
    }
    return plugin;
  }

  private static Xpp3Dom dom(String xml) {
    try {
      return Xpp3DomBuilder.build(new StringReader(xml));
    } catch (Exception e) {
      throw new IllegalArgumentException(xml, e);
    }
  }
}
