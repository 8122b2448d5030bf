package org.jpamigrations.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's Spring Boot environment, as the Spring Boot 4 on the test class path resolves it. */
class SpringSettingsTest {

  private static final String PHYSICAL = "hibernate.physical_naming_strategy";
  private static final String IMPLICIT = "hibernate.implicit_naming_strategy";

  @TempDir Path base;

  private Path classes;

  private Path classes() throws Exception {
    if (classes == null) {
      classes = Files.createDirectories(base.resolve("target/classes"));
    }
    return classes;
  }

  private Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private SpringSettings read(String... profiles) throws Exception {
    return SpringSettings.read(withSpringBoot(classes()), base, List.of(profiles));
  }

  @Test
  void readsJpaPropertiesNamingAndTheDataSourceFromApplicationYml() throws Exception {
    write(classes().resolve("application.yml"), """
        spring:
          datasource:
            url: jdbc:h2:file:./target/app
            username: app
            password: secret
          jpa:
            hibernate:
              naming:
                physicalStrategy: com.example.Physical
                implicit_strategy: com.example.Implicit
            properties:
              hibernate:
                type.preferred_instant_jdbc_type: TIMESTAMP
                globally_quoted_identifiers: true
        """);
    SpringSettings settings = read();
    assertThat(settings.hibernate()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
        "hibernate.globally_quoted_identifiers", "true",
        PHYSICAL, "com.example.Physical",
        IMPLICIT, "com.example.Implicit"));
    assertThat(settings.dataSource()).hasValueSatisfying(dataSource -> {
      assertThat(dataSource.url()).isEqualTo("jdbc:h2:file:./target/app");
      assertThat(dataSource.username()).isEqualTo("app");
      assertThat(dataSource.password()).isEqualTo("secret");
      assertThat(dataSource.origin()).contains("application.yml");
      assertThat(dataSource.toString()).doesNotContain("secret");
    });
  }

  @Test
  void classpathConfigDirectoryWinsOverTheRoot() throws Exception {
    write(classes().resolve("application.properties"), """
        spring.jpa.properties.hibernate.default_schema=root
        spring.jpa.properties.hibernate.auto_quote_keyword=true
        """);
    write(classes().resolve("config/application.yml"), "spring.jpa.properties.hibernate.default_schema: config\n");
    assertThat(read().hibernate()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "hibernate.default_schema", "config", "hibernate.auto_quote_keyword", "true"));
  }

  @Test
  void configDirectoryOfTheBaseDirectoryWinsOverTheClassPath() throws Exception {
    write(classes().resolve("config/application.yml"), "spring.jpa.properties.hibernate.default_schema: packaged\n");
    write(base.resolve("application.properties"), "spring.jpa.properties.hibernate.auto_quote_keyword=true\n");
    write(base.resolve("config/application.properties"), "spring.jpa.properties.hibernate.default_schema=beside\n");
    assertThat(read().hibernate()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "hibernate.default_schema", "beside", "hibernate.auto_quote_keyword", "true"));
  }

  @Test
  void theProfilesGivenChooseProfileFilesWhichWinOverTheDefaultOnes() throws Exception {
    write(classes().resolve("config/application.yml"), """
        spring.jpa.properties.hibernate.default_schema: dev
        spring.datasource.url: jdbc:h2:mem:dev
        """);
    write(classes().resolve("config/application-prod.yml"), """
        spring.jpa.properties.hibernate.default_schema: prod
        spring.datasource.url: jdbc:postgresql://db/prod
        """);
    assertThat(read().hibernate()).containsEntry("hibernate.default_schema", "dev");
    SpringSettings prod = read("prod");
    assertThat(prod.hibernate()).containsEntry("hibernate.default_schema", "prod");
    assertThat(prod.dataSource().orElseThrow().url()).isEqualTo("jdbc:postgresql://db/prod");
    assertThat(prod.dataSource().orElseThrow().origin()).contains("application-prod.yml");
  }

  @Test
  void theProfilesGivenReplaceThoseTheConfigurationActivates() throws Exception {
    write(classes().resolve("application.yml"), "spring.profiles.active: prod\n");
    write(classes().resolve("application-prod.yml"), "spring.jpa.properties.hibernate.default_schema: prod\n");
    write(classes().resolve("application-test.yml"), "spring.jpa.properties.hibernate.default_schema: test\n");
    assertThat(read().hibernate()).containsEntry("hibernate.default_schema", "prod");
    assertThat(read("test").hibernate()).containsEntry("hibernate.default_schema", "test");
  }

  @Test
  void multiDocumentYamlAppliesTheDocumentsOfTheActiveProfiles() throws Exception {
    write(classes().resolve("application.yml"), """
        spring.jpa.properties.hibernate.default_schema: app
        ---
        spring:
          config.activate.on-profile: prod
          jpa.properties.hibernate.default_schema: prod_schema
        """);
    assertThat(read().hibernate()).containsEntry("hibernate.default_schema", "app");
    assertThat(read("prod").hibernate()).containsEntry("hibernate.default_schema", "prod_schema");
  }

  @Test
  void placeholdersAreResolved() throws Exception {
    write(classes().resolve("application.yml"), """
        app:
          schema: billing
        spring:
          jpa.properties.hibernate.default_schema: ${app.schema}
          datasource:
            url: jdbc:h2:file:${app.home:/var/app}/db
            username: ${APP_DB_USER_NOT_SET_ANYWHERE:sa}
        """);
    SpringSettings settings = read();
    assertThat(settings.hibernate()).containsEntry("hibernate.default_schema", "billing");
    assertThat(settings.dataSource().orElseThrow().url()).isEqualTo("jdbc:h2:file:/var/app/db");
    assertThat(settings.dataSource().orElseThrow().username()).isEqualTo("sa");
    assertThat(settings.dataSource().orElseThrow().password()).isNull();
  }

  @Test
  void noDataSourceWithoutItsUrl() throws Exception {
    write(classes().resolve("application.properties"), "spring.datasource.username=app\n");
    assertThat(read().dataSource()).isEmpty();
  }

  @Test
  void testResourcesAreNotTheApplicationsWhenLeftOffTheClassPath() throws Exception {
    write(base.resolve("target/test-classes/application.yml"), "spring.datasource.url: jdbc:h2:mem:test\n");
    assertThat(read().dataSource()).isEmpty();
  }

  @Test
  void withoutSpringBootNothingIsRead() throws Exception {
    write(classes().resolve("application.yml"), "spring.jpa.properties.hibernate.default_schema: app\n");
    assertThat(SpringSettings.read(List.of(classes()), base, List.of())).isEqualTo(SpringSettings.NONE);
  }

  @Test
  void aBrokenFileIsNamedOnOneLine() throws Exception {
    write(classes().resolve("application.yml"), "spring.jpa.properties.hibernate.default_schema: app\n");
    Path broken = write(classes().resolve("config/application.yml"), "spring: [unclosed\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Cannot read " + broken + ": while parsing a flow sequence")
        .hasMessageEndingWith(". Fix the file.")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anUnresolvablePlaceholderIsReportedOnOneLine() throws Exception {
    write(classes().resolve("application.yml"), "spring.datasource.url: jdbc:h2:file:${db.home}/app\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("db.home")
        .hasMessageNotContaining("\n");
  }

  @Test
  void theLoggingLibrariesAreLeftOutUnlessTheConfigurationNeedsThem() throws Exception {
    try (SpringBootLoader quiet = SpringBootLoader.over(withSpringBoot(classes()), true);
        SpringBootLoader full = SpringBootLoader.over(withSpringBoot(classes()), false)) {
      assertThatThrownBy(() -> quiet.loadClass("org.slf4j.LoggerFactory")).isInstanceOf(ClassNotFoundException.class);
      assertThat(quiet.getResource("org/slf4j/LoggerFactory.class")).isNull();
      assertThat(quiet.loadClass("org.springframework.boot.env.PropertySourceLoader")).isNotNull();
      assertThat(full.loadClass("org.slf4j.LoggerFactory").getClassLoader()).isSameAs(full);
    }
    assertThat(SpringBootLoader.needsLogging(new IllegalStateException("factory",
        new NoClassDefFoundError("org/slf4j/LoggerFactory")))).isTrue();
    assertThat(SpringBootLoader.needsLogging(new IllegalStateException("factory",
        new NoClassDefFoundError("com/example/Missing")))).isFalse();
  }

  @Test
  void aConfigLoaderOfTheApplicationThatLogsThroughSlf4jStillReadsItsFiles() throws Exception {
    // A PropertySourceLoader of the application's (as a library may bring one) for *.conf files, which starts an
    // SLF4J logger when Boot creates it.
    Path source = write(base.resolve("src/test/ConfLoader.java"), """
        package test;

        import java.io.IOException;
        import java.io.InputStream;
        import java.util.List;
        import java.util.Properties;
        import org.springframework.boot.env.PropertySourceLoader;
        import org.springframework.core.env.PropertiesPropertySource;
        import org.springframework.core.env.PropertySource;
        import org.springframework.core.io.Resource;

        public class ConfLoader implements PropertySourceLoader {
          private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConfLoader.class);

          public String[] getFileExtensions() {
            return new String[] {"conf"};
          }

          public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
            Properties properties = new Properties();
            try (InputStream in = resource.getInputStream()) {
              properties.load(in);
            }
            LOG.debug("Read {}", name);
            return List.of(new PropertiesPropertySource(name, properties));
          }
        }
        """);
    String classPath = String.join(File.pathSeparator, withSpringBoot(classes()).stream().map(Path::toString).toList());
    assertThat(javax.tools.ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes().toString(), "-cp", classPath, source.toString())).isZero();
    write(classes().resolve("META-INF/spring.factories"),
        "org.springframework.boot.env.PropertySourceLoader=test.ConfLoader\n");
    write(classes().resolve("application.conf"), "spring.datasource.url=jdbc:h2:mem:conf\n");

    assertThat(read().dataSource()).hasValueSatisfying(dataSource ->
        assertThat(dataSource.url()).isEqualTo("jdbc:h2:mem:conf"));
  }

  @Test
  void locationsFollowBootsOrderWithDotAsTheBaseDirectory() {
    assertThat(SpringBootEnvironment.locations(Path.of("/work/app")))
        .isEqualTo("optional:classpath:/;optional:classpath:/config/,"
            + "optional:file:/work/app/;optional:file:/work/app/config/;optional:file:/work/app/config/*/");
  }

  /** The classes directory, then the jars of the test class path: Spring Boot 4, Spring, SnakeYAML. */
  static List<Path> withSpringBoot(Path classes) {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> elements = new ArrayList<>();
    elements.add(classes);
    for (String element : classPath.split(File.pathSeparator)) {
      if (element.endsWith(".jar")) {
        elements.add(Path.of(element));
      }
    }
    return elements;
  }
}
