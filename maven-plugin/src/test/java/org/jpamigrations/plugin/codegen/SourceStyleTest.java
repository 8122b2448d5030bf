package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated files follow the project's .editorconfig. */
class SourceStyleTest {

  @TempDir Path project;

  private static final String JAVA = "class A {\n    void f() {\n        x(\n                y);\n    }\n}\n";

  @Test
  void withoutAnEditorConfigFourSpacesAndNewlines() {
    SourceStyle style = SourceStyle.of(project.resolve("src/main/java/A.java"));

    assertThat(style).isEqualTo(SourceStyle.DEFAULT);
    assertThat(style.apply(JAVA)).isEqualTo(JAVA);
  }

  @Test
  void tabsCrlfAndNoFinalNewlineFromTheJavaSection() throws IOException {
    Files.writeString(project.resolve(".editorconfig"), """
        root = true

        [*]
        indent_style = space
        indent_size = 2

        [*.{java,kt}]
        indent_style = tab
        end_of_line = crlf
        insert_final_newline = false
        max_line_length = 80
        """);

    SourceStyle style = SourceStyle.of(project.resolve("src/main/java/com/example/A.java"));

    assertThat(style).isEqualTo(new SourceStyle("\t", "\r\n", false, 80));
    assertThat(style.apply(JAVA)).isEqualTo("class A {\r\n\tvoid f() {\r\n\t\tx(\r\n\t\t\t\ty);\r\n\t}\r\n}");
  }

  @Test
  void twoSpacesKeepSpacesThatAreNoWholeLevel() throws IOException {
    Files.writeString(project.resolve(".editorconfig"), "root = true\n[*]\nindent_size = 2\n");

    SourceStyle style = SourceStyle.of(project.resolve("A.java"));

    assertThat(style.apply("/**\n * Doc.\n */\nclass A {\n    int a;\n}\n"))
        .isEqualTo("/**\n * Doc.\n */\nclass A {\n  int a;\n}\n");
  }

  @Test
  void aGeneratedMigrationAndItsWarningsFollowTheProjectsLayout() throws IOException {
    Files.writeString(project.resolve(".editorconfig"),
        "root = true\n[*.java]\nindent_style = tab\nmax_line_length = 70\n");

    GeneratedMigration generated = new MigrationWriter().write(Fixtures.renames(), project);

    String text = Files.readString(generated.file(), StandardCharsets.UTF_8);
    assertThat(text).contains("\n\tpublic void up(Operations op) {\n\t\t").doesNotContain("\n    ");
    assertThat(text.lines().filter(line -> line.strip().matches("// (WARNING: | {2}).*")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line.replace("\t", "    ").length()).isLessThanOrEqualTo(70));
  }

  @Test
  void theTemplateInitWritesLaysOutMigrationsInTheSameStyle() throws IOException {
    Files.writeString(project.resolve(".editorconfig"),
        "root = true\n[*]\nindent_style = tab\nend_of_line = crlf\n");
    Path migrations = Files.createDirectories(project.resolve(Fixtures.PACKAGE.replace('.', '/')));
    SourceStyle style = SourceStyle.of(migrations.resolve("package-info.java"));
    Files.writeString(migrations.resolve(MigrationTemplate.FILE_NAME), style.apply(MigrationTemplate.DEFAULT));

    GeneratedMigration generated = new MigrationWriter().write(Fixtures.createTables(), project);

    String text = Files.readString(generated.file(), StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n\tpublic void up(Operations op) {\r\n\t\top.createTable(")
        .doesNotContain("\r\r").doesNotContain("    ");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
  }
}
