package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.plugin.format.GoogleJavaFormat;
import org.jpamigrations.plugin.format.SpringJavaFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer with the formatters on the test class path, as the goals run them from their own class loaders. */
class ProjectFormatterTest {

  @TempDir Path sourceRoot;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void googleJavaFormatLaysOutTheMigrationAsItsCheckWants() throws Exception {
    ProjectFormatter formatter = GoogleJavaFormat.defaults(17).load(getClass().getClassLoader());

    String text = write(formatter);

    assertThat(warnings).isEmpty();
    assertThat(text).contains("\n  @Override\n  public void up(Operations op) {\n    op.createTable(");
    assertThat(formatter.format(text)).isEqualTo(text);
  }

  @Test
  void springJavaFormatIndentsWithTabsAndKeepsItsBlankLineBeforeTheClosingBrace() throws Exception {
    ProjectFormatter formatter = new SpringJavaFormat("0.0.47", sourceRoot).load(getClass().getClassLoader());

    String text = write(formatter);

    assertThat(warnings).isEmpty();
    assertThat(text).contains("\n\t@Override\n\tpublic void up(Operations op) {\n\t\top.createTable(")
        .endsWith("\t}\n\n}\n");
    assertThat(formatter.format(text)).isEqualTo(text);
  }

  @Test
  void aFormatterThatFailsLeavesTheFileAsTheTemplateLaysItOutAndSaysSo() throws IOException {
    ProjectFormatter failing = ProjectFormatter.named("broken-format 1.0", source -> {
      throw new IllegalStateException("no parser");
    });

    String text = write(failing);

    assertThat(text).isEqualTo(Files.readString(new MigrationWriter().write(Fixtures.createTables(),
        sourceRoot.resolve("plain")).file()));
    assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning)
        .startsWith("Wrote M20261125101500_CreateShopTables.java unformatted: broken-format 1.0 failed on it")
        .contains("no parser"));
  }

  private String write(ProjectFormatter formatter) throws IOException {
    return Files.readString(new MigrationWriter(formatter, warnings::add).write(Fixtures.createTables(), sourceRoot)
        .file());
  }
}
