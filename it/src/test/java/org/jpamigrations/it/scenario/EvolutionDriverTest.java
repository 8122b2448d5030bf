package org.jpamigrations.it.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class EvolutionDriverTest {

  private static final String CUSTOMER_V1 = """
      package com.example.crm;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
        @Id Long id;
        String name;
      }
      """;

  private static final String CUSTOMER_V2 = """
      package com.example.crm;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
        @Id Long id;
        String name;
        @Column(length = 80) String email;
      }
      """;

  /** Not null without a default: a table that has rows cannot take it. */
  private static final String CUSTOMER_V2_NOT_NULL = """
      package com.example.crm;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
        @Id Long id;
        String name;
        @Column(nullable = false) Integer rank;
      }
      """;

  @TempDir Path root;

  private Path scenario() {
    return root.resolve("crm");
  }

  private void version(String version, String customer) throws Exception {
    Path dir = Files.createDirectories(scenario().resolve(version + "/java/com/example/crm"));
    Files.writeString(dir.resolve("Customer.java"), customer);
  }

  private void file(String path, String text) throws Exception {
    Files.writeString(scenario().resolve(path), text);
  }

  @Test
  void evolvesUpAndDownWritingOneMigrationPerVersion() throws Exception {
    version("v1", CUSTOMER_V1);
    version("v2", CUSTOMER_V2);
    file("v1/seed.sql", "insert into Customer (id, name) values (1, 'Ada');\n");

    EvolutionDriver.run(scenario(), root.resolve("work"));

    Path migrations = root.resolve("work/crm/src/main/java/com/example/db/migrations");
    try (Stream<Path> files = Files.list(migrations)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "M20260101000000_V1.java", "M20260101000100_V2.java", "migration.java.template", "package-info.java");
    }
    assertThat(Files.readString(migrations.resolve("M20260101000100_V2.java"))).contains("email");
  }

  @Test
  void aVersionWithoutChangesIsAnError() throws Exception {
    version("v1", CUSTOMER_V1);
    version("v2", CUSTOMER_V1);

    assertThatThrownBy(() -> EvolutionDriver.run(scenario(), root.resolve("work")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("v2: generate wrote nothing");
  }

  @Test
  void aKnownGapThatFailsEndsTheTestSkippedWithItsReason() throws Exception {
    version("v1", CUSTOMER_V1);
    version("v2", CUSTOMER_V2_NOT_NULL);
    file("v1/seed.sql", "insert into Customer (id, name) values (1, 'Ada');\n");
    file("v2/known-gap.txt", "a not-null column without default on a table with rows\n");

    assertThatThrownBy(() -> EvolutionDriver.run(scenario(), root.resolve("work")))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("v2 cannot be reached (a not-null column without default on a table with rows)");
  }

  @Test
  void aKnownGapThatPassesMustBeRemoved() throws Exception {
    version("v1", CUSTOMER_V1);
    file("v1/known-gap.txt", "fixed long ago");

    assertThatThrownBy(() -> EvolutionDriver.run(scenario(), root.resolve("work")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("delete its known-gap.txt");
  }

  @Test
  void withoutVersionsItSaysWhereToPutThem() throws Exception {
    Files.createDirectories(scenario());
    assertThatThrownBy(() -> EvolutionDriver.run(scenario(), root.resolve("work")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No versions in").hasMessageContaining("v1/java");
  }

  @Test
  void scenariosAreChosenByNameAndAnUnknownNameIsAnError() throws Exception {
    Files.createDirectories(root.resolve("b"));
    Files.createDirectories(root.resolve("a"));
    Files.createDirectories(root.resolve("c"));

    assertThat(EvolutionDriver.scenarios(root, "").stream().map(p -> p.getFileName().toString()))
        .containsExactly("a", "b", "c");
    assertThat(EvolutionDriver.scenarios(root, "c, a").stream().map(p -> p.getFileName().toString()))
        .containsExactly("c", "a");
    assertThatThrownBy(() -> EvolutionDriver.scenarios(root, "d"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No scenario d").hasMessageContaining("[a, b, c]");
  }
}
