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
      Map<String, List<String>> expected = update ? actual : read(database);
      containers.add(DynamicContainer.dynamicContainer(database, actual.entrySet().stream().map(e ->
          DynamicTest.dynamicTest(e.getKey(), () -> {
            assertThat(expected).as("golden file of %s has case '%s'", database, e.getKey()).containsKey(e.getKey());
            assertThat(e.getValue()).as("%s: %s", database, e.getKey()).containsExactlyElementsOf(expected.get(e.getKey()));
          }))));
    }
    return containers.stream();
  }

  /** {@code golden/}, or {@code golden-hibernate-6.6/} when the tests run again on Hibernate 6.6. */
  private static String resource(String database) {
    return System.getProperty("golden.dir", "golden") + "/" + database + ".sql";
  }

  @Test
  void runsOnTheHibernateItIsMeantFor() {
    String expected = System.getProperty("hibernate.expected", "7.");
    assertThat(org.hibernate.Version.getVersionString()).startsWith(expected);
  }

  static Map<String, List<String>> read(String database) throws IOException {
    Map<String, List<String>> cases = new LinkedHashMap<>();
    try (InputStream in = GoldenSqlTest.class.getResourceAsStream(resource(database))) {
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

  private static void write(String database, Map<String, List<String>> cases) throws IOException {
    StringBuilder text = new StringBuilder();
    cases.forEach((name, statements) -> {
      text.append("# ").append(name).append('\n');
      statements.forEach(s -> text.append(s).append('\n'));
      text.append('\n');
    });
    Path file = Path.of("src/test/resources/org/jpamigrations/dialect", resource(database));
    Files.createDirectories(file.getParent());
    Files.writeString(file, text.toString());
  }
}
