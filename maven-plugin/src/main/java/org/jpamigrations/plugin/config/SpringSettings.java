package org.jpamigrations.plugin.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the plugin takes from a Spring Boot application's environment: the Hibernate settings that
 * shape the schema ({@code spring.jpa.properties.*} and the naming strategies) and the data source
 * the application connects to.
 *
 * @param hibernate Hibernate settings by Hibernate's names ({@code hibernate.physical_naming_strategy}, ...)
 * @param dataSource {@code spring.datasource.*}, when {@code spring.datasource.url} is set
 */
public record SpringSettings(Map<String, String> hibernate, Optional<DataSource> dataSource) {

  /** No Spring Boot on the class path. */
  public static final SpringSettings NONE = new SpringSettings(Map.of(), Optional.empty());

  private static final Map<String, String> NAMING = Map.of(
      "spring.jpa.hibernate.naming.physical-strategy", "hibernate.physical_naming_strategy",
      "spring.jpa.hibernate.naming.implicit-strategy", "hibernate.implicit_naming_strategy");

  public SpringSettings {
    hibernate = Map.copyOf(hibernate);
  }

  /**
   * @param url {@code spring.datasource.url}, placeholders resolved
   * @param username {@code spring.datasource.username}, or {@code null}
   * @param password {@code spring.datasource.password}, or {@code null}; never printed
   * @param origin where the URL is set, as Spring Boot reports it ({@code class path resource [application.yml] - 3:10})
   */
  public record DataSource(String url, String username, String password, String origin) {
    @Override
    public String toString() {
      return "DataSource[url=" + url + ", username=" + username + ", password=" + (password == null ? "none" : "***")
          + ", origin=" + origin + "]";
    }
  }

  /**
   * Reads them with the project's own Spring Boot (see {@link SpringBootEnvironment}).
   *
   * @param classPath the project's main class path, without its test classes: a test's application.yml
   *     is not the application's
   * @param baseDirectory the project's base directory
   * @param profiles the profiles to activate ({@code migrations.springProfiles}); empty for those the
   *     environment activates
   * @return {@link #NONE} when the class path has no Spring Boot
   */
  public static SpringSettings read(List<Path> classPath, Path baseDirectory, List<String> profiles) {
    return SpringBootEnvironment.read(classPath, baseDirectory, profiles, SpringSettings::of).orElse(NONE);
  }

  private static SpringSettings of(SpringBootEnvironment environment) {
    Map<String, String> hibernate = new LinkedHashMap<>(environment.map("spring.jpa.properties"));
    NAMING.forEach((spring, name) -> environment.value(spring).ifPresent(value -> hibernate.put(name, value.trim())));
    Optional<DataSource> dataSource = environment.value("spring.datasource.url")
        .filter(url -> !url.isBlank())
        .map(url -> new DataSource(url.trim(),
            environment.value("spring.datasource.username").orElse(null),
            environment.value("spring.datasource.password").orElse(null),
            environment.origin("spring.datasource.url")));
    return new SpringSettings(hibernate, dataSource);
  }
}
