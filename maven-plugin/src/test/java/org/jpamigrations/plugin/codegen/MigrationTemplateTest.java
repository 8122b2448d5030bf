package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTemplateTest {

  private static final String GENERATED = """
      package com.example.db.migrations;

      import org.jpamigrations.migration.Migration;
      import org.jpamigrations.migration.Operations;

      /**
       * add x
       */
      @Revision(id = "1", parent = "0")
      public final class M1_AddX implements Migration {
          @Override
          public void up(Operations op) {
              op.sql("a");
              op.sql("b");
          }

          @Override
          public void down(Operations op) {
          }
      }
      """;

  @Test
  void theDefaultTemplateReproducesTheWritersLayout() {
    String rendered = MigrationTemplate.of(MigrationTemplate.DEFAULT).render(GENERATED);
    assertThat(rendered).contains("package com.example.db.migrations;\n\nimport org.jpamigrations.migration.Migration;")
        .contains("/**\n * add x\n */\n@Revision(id = \"1\", parent = \"0\")\npublic final class M1_AddX")
        .contains("    public void up(Operations op) {\n        op.sql(\"a\");\n        op.sql(\"b\");\n    }")
        .contains("    public void down(Operations op) {\n    }");
  }

  @Test
  void placeholdersInsideALineAreReplacedInPlace() {
    String rendered = MigrationTemplate.of("// ${className} in ${package}\n").render(GENERATED);
    assertThat(rendered).isEqualTo("// M1_AddX in com.example.db.migrations\n");
  }

  @Test
  void aMergeIsWrittenWithBothParentsAndNoOperations(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
      throws Exception {
    MigrationSource source = new MigrationSource("com.example", "3", List.of("1", "2"), "merge", Instant.EPOCH,
        null, List.of());
    GeneratedMigration merge = new MigrationWriter().writeMerge(source, root);
    String text = java.nio.file.Files.readString(merge.file());
    assertThat(text).contains("parent = {\"1\", \"2\"}").contains("// Joins 1 and 2").doesNotContain("op.");
  }
}
