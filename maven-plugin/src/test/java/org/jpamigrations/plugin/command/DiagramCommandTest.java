package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramCommandTest {

  private static final String PACKAGE = "org.jpamigrations.plugin.command.diagramfixture";

  @TempDir Path folder;
  private final CommandLoopTest.Lines log = new CommandLoopTest.Lines();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private String run(String format, String revision, String migration, Path output) {
    return run(format, revision, migration, output, false);
  }

  private String run(String format, String revision, String migration, Path output, boolean wholeSchema) {
    return new DiagramCommand().run(new DiagramCommand.Request(PACKAGE, getClass().getClassLoader(), format, revision,
        migration, output, wholeSchema), log, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void byDefaultItPrintsTheHeadAsMermaid() {
    run(null, null, null, null);

    assertThat(printed()).startsWith("---\ntitle: \"Schema at head (2)\"\n---\nerDiagram\n")
        .contains("    loan {\n", "    loan }o--|| volume : \"fk_loan_volume\"\n")
        .doesNotContain("barcode");
    assertThat(log.infos).isEmpty();
  }

  @Test
  void anEarlierRevisionShowsTheSchemaAsItWasThen() {
    run("mermaid", "1", null, null);

    assertThat(printed()).contains("varchar(40) barcode").doesNotContain("loan");
  }

  @Test
  void baseIsAPictureWithNoTables() {
    for (String format : new String[] {"mermaid", "svg", "dot"}) {
      assertThat(run(format, "base", null, null)).contains("Schema at base").doesNotContain("shelf");
    }
  }

  @Test
  void theOutputFilesExtensionChoosesTheFormat() throws Exception {
    Path file = folder.resolve("pictures/schema.svg");
    run(null, null, null, file);

    assertThat(Files.readString(file)).startsWith("<svg ")
        .contains("data-table=\"loan\"", "data-fk=\"fk_loan_volume\"");
    assertThat(printed()).isEmpty();
    assertThat(log.infos).containsExactly("Wrote the svg diagram to " + file);
  }

  @Test
  void aMigrationsChangeMarksWhatItAddedAndDropped() {
    run("dot", null, "2", null);

    assertThat(printed()).startsWith("digraph schema {")
        .contains("label=\"Migration 2 (M2_AddLoans, \\\"add loans\\\")\"")
        .contains("<s>barcode</s>")
        .contains("// DESTRUCTIVE: drop column volume.barcode");
  }

  @Test
  void aMigrationsPictureLeavesOutTheTablesItDidNotTouchUnlessTheWholeSchemaIsAsked() {
    assertThat(run("mermaid", null, "2", null)).contains("loan {", "volume {").doesNotContain("shelf {");
    assertThat(run("mermaid", null, "2", null, true)).contains("loan {", "volume {", "shelf {");
  }

  @Test
  void headAsTheMigrationIsTheLastOne() {
    run("mermaid", null, "head", null);

    assertThat(printed()).contains("class loan added");
  }

  @Test
  void mistakesAreOneLineNamingTheParameterAndTheWayOut() {
    assertThatThrownBy(() -> run("png", null, null, null))
        .isInstanceOf(MigrationException.class)
        .hasMessage("migrations.format 'png' is not a diagram format. Give one of mermaid, svg, dot.");
    assertThatThrownBy(() -> run(null, "7", null, null))
        .isInstanceOf(MigrationException.class)
        .hasMessage("migrations.revision: Unknown revision 7. Known revisions: 1, 2 (or head, base).");
    assertThatThrownBy(() -> run(null, null, "9", null))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("migrations.migration: Unknown revision 9.");
    assertThatThrownBy(() -> run(null, null, "base", null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("base, which is no migration");
    assertThatThrownBy(() -> run(null, "1", "2", null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("both set");
    assertThat(printed()).isEmpty();
  }
}
