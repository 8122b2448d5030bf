package org.jpamigrations.plugin.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jpamigrations.migration.MigrationException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Hibernate settings in Spring Boot's {@code application.properties} and {@code application.yml}:
 * {@code spring.jpa.hibernate.naming.physical-strategy}, {@code ...implicit-strategy}, and every
 * {@code spring.jpa.properties.*}. Only the default profile is read.
 */
final class SpringApplicationConfig {

  private static final String PROPERTIES = "spring.jpa.properties.";
  private static final String NAMING = "spring.jpa.hibernate.naming.";

  private SpringApplicationConfig() {}

  static Map<String, String> read(Path classesDirectory) {
    Map<String, String> spring = new LinkedHashMap<>();
    spring.putAll(PropertiesFile.read(classesDirectory.resolve("application.properties")));
    spring.putAll(yaml(classesDirectory.resolve("application.yaml")));
    spring.putAll(yaml(classesDirectory.resolve("application.yml")));
    Map<String, String> hibernate = new LinkedHashMap<>();
    spring.forEach((key, value) -> {
      if (key.startsWith(PROPERTIES)) {
        hibernate.put(key.substring(PROPERTIES.length()), value);
      } else if (key.startsWith(NAMING)) {
        // Spring's relaxed binding: physical-strategy, physicalStrategy and physical_strategy are one key.
        String name = key.substring(NAMING.length()).replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        if (name.equals("physicalstrategy")) {
          hibernate.put("hibernate.physical_naming_strategy", value);
        } else if (name.equals("implicitstrategy")) {
          hibernate.put("hibernate.implicit_naming_strategy", value);
        }
      }
    });
    return hibernate;
  }

  /** A YAML file flattened to Spring's dotted keys; none when the file does not exist. */
  static Map<String, String> yaml(Path file) {
    Map<String, String> flat = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return flat;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      // Several documents (---): those for a profile are skipped; of the others, later ones win, as in Spring.
      for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", document, values);
        if (!values.containsKey("spring.config.activate.on-profile") && !values.containsKey("spring.profiles")) {
          flat.putAll(values);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new MigrationException("Cannot read " + file + ": " + e.getMessage() + ". Fix the file.", e);
    }
    return flat;
  }

  private static void flatten(String prefix, Object value, Map<String, String> flat) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, flat));
    } else if (value != null && !prefix.isEmpty()) {
      flat.put(prefix, String.valueOf(value));
    }
  }
}
