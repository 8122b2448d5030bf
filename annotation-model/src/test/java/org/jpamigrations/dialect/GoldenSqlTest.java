package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation rendered for every database, compared with the golden files
 * {@code golden/<database>.sql}: {@code # case} lines, each followed by its statements, one a line.
 * Run with {@code -Dgolden.update=true} to rewrite the files from the current output (then review the diff).
 */
class GoldenSqlTest {

  static final List<String> DATABASES = List.of("h2", "postgresql", "mysql", "mariadb", "sqlserver", "oracle");

  @TestFactory
  Stream<DynamicContainer> everyOperationOnEveryDatabase() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    List<DynamicContainer> containers = new ArrayList<>();
    for (String database : DATABASES) {
      SqlDialect dialect = SqlDialects.forName(database);
      Map<String, List<String>> actual = new LinkedHashMap<>();
      for (GoldenCases.Case c : GoldenCases.ALL) {
        actual.put(c.name(), dialect.render(c.operation(), c.before()));
      }
      if (update) {
        write(database, actual);
      }
      Map<String, List<String>> expected = read(database);
      containers.add(DynamicContainer.dynamicContainer(database, actual.entrySet().stream().map(e ->
          DynamicTest.dynamicTest(e.getKey(), () -> {
            assertThat(expected).as("golden file of %s has case '%s'", database, e.getKey()).containsKey(e.getKey());
            assertThat(e.getValue()).as("%s: %s", database, e.getKey()).containsExactlyElementsOf(expected.get(e.getKey()));
          }))));
    }
    return containers.stream();
  }

  /**
   * Where the cases that differ under another Hibernate are kept ({@code golden-hibernate-6.6/} when the
   * tests run again on 6.6), over the ones of {@code golden/}; {@code null} for the Hibernate of the build.
   */
  private static final String VARIANT = System.getProperty("golden.dir");

  @Test
  void runsOnTheHibernateItIsMeantFor() {
    String expected = System.getProperty("hibernate.expected", "7.");
    assertThat(org.hibernate.Version.getVersionString()).startsWith(expected);
  }

  /** The golden cases of the database: {@code golden/}'s, with the variant's over them. */
  static Map<String, List<String>> read(String database) throws IOException {
    Map<String, List<String>> cases = read("golden", database);
    if (VARIANT != null) {
      cases.putAll(read(VARIANT, database));
    }
    return cases;
  }

  private static Map<String, List<String>> read(String directory, String database) throws IOException {
    Map<String, List<String>> cases = new LinkedHashMap<>();
    try (InputStream in = GoldenSqlTest.class.getResourceAsStream(directory + "/" + database + ".sql")) {
      if (in == null) {
        return cases;
      }
      List<String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("# ")) {
          current = new ArrayList<>();
          cases.put(line.substring(2), current);
        } else if (!line.isBlank() && current != null) {
          current.add(line);
        }
      }
    }
    return cases;
  }

  /** Writes {@code golden/}, or for a variant only the cases that differ from {@code golden/}. */
  private static void write(String database, Map<String, List<String>> actual) throws IOException {
    Map<String, List<String>> cases = new LinkedHashMap<>(actual);
    if (VARIANT != null) {
      Map<String, List<String>> base = read("golden", database);
      cases.entrySet().removeIf(e -> e.getValue().equals(base.get(e.getKey())));
    }
    StringBuilder text = new StringBuilder();
    cases.forEach((name, statements) -> {
      text.append("# ").append(name).append('\n');
      statements.forEach(s -> text.append(s).append('\n'));
      text.append('\n');
    });
    Path file = Path.of("src/test/resources/org/jpamigrations/dialect", VARIANT == null ? "golden" : VARIANT,
        database + ".sql");
    Files.createDirectories(file.getParent());
    if (cases.isEmpty()) {
      Files.deleteIfExists(file);
    } else {
      Files.writeString(file, text.toString());
    }
  }
}
