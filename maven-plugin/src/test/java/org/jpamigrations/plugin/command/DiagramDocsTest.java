package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures in docs/diagrams.md are what migrations:diagram draws for the quickstart example today: its migrations
 * are compiled and drawn again, and the page's Mermaid block and SVG files must match.
 */
class DiagramDocsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path MIGRATIONS = ROOT.resolve("examples/quickstart/src/main/java/com/example/db/migrations");
  private static final String PACKAGE = "com.example.db.migrations";

  @TempDir Path classes;

  @Test
  void thePagesPicturesAreTheQuickstartsAsDrawnNow() throws Exception {
    compileQuickstartMigrations();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      String mermaid = draw(loader, "mermaid", null);
      String page = Files.readString(ROOT.resolve("docs/diagrams.md"));

      assertThat(page).contains("```mermaid\n" + mermaid + "```\n");
      assertThat(Files.readString(ROOT.resolve("docs/images/quickstart-schema.svg")))
          .isEqualTo(draw(loader, "svg", null));
      assertThat(Files.readString(ROOT.resolve("docs/images/quickstart-migration.svg")))
          .isEqualTo(draw(loader, "svg", "head"));
    }
  }

  private static String draw(ClassLoader loader, String format, String migration) {
    return new DiagramCommand().run(new DiagramCommand.Request(PACKAGE, loader, format, null, migration, null, false),
        new CommandLoopTest.Lines(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private void compileQuickstartMigrations() throws Exception {
    List<String> sources;
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      sources = files.map(Path::toString).filter(f -> f.endsWith(".java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("java.class.path");
    String[] args = Stream.concat(Stream.of("-d", classes.toString(), "-classpath", classpath), sources.stream())
        .toArray(String[]::new);
    assertThat(javac.run(null, null, null, args)).as("javac").isZero();
  }
}
