package org.jpamigrations.plugin.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report in a real browser: headless Chromium (the operating system's package) opens it from the file system,
 * with no network. The page has no script error, draws every table of the schema, opens at a revision a link names,
 * and leaves a screenshot in {@code target/report-in-browser/} for the build's artifacts. Skipped, and says so,
 * where Chromium is not installed.
 */
class ReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path OUT = Path.of("target/report-in-browser");

  private static RevisionGraph graph;
  private static Path page;

  @BeforeAll
  static void writeTheReport() throws IOException {
    graph = Bookshop.graph();
    Files.createDirectories(OUT);
    page = OUT.resolve("index.html");
    Files.writeString(page, new HtmlReport().render("bookshop", graph));
  }

  /** Each test, not the class, is skipped: a class skipped as a whole shows as no tests run, like a pass. */
  @BeforeEach
  void requireChromium() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
        + ": the browser test of the report is SKIPPED. Install Debian's chromium package to run it.");
  }

  @Test
  void thePageOpensOfflineWithoutScriptErrorsAndDrawsEveryTable() throws Exception {
    Browser shot = chromium("--screenshot=" + OUT.resolve("screenshot.png").toAbsolutePath(), "--window-size=1400,2400",
        page.toUri().toString());
    Browser dom = chromium("--dump-dom", page.toUri().toString());

    assertThat(OUT.resolve("screenshot.png")).isNotEmptyFile();
    assertThat(shot.log() + dom.log()).as("the browser's console").doesNotContain("Uncaught", ":ERROR:CONSOLE");
    String head = figure(dom.output(), "head");
    for (Table table : graph.schemaAt(graph.resolve(RevisionGraph.HEAD)).tables()) {
      assertThat(head).as("table %s drawn", table.name()).contains("data-table=\"" + table.name() + "\"");
    }
    assertThat(dom.output()).contains("<figure class=\"schema\" data-revision=\"1\" hidden=\"\">");
  }

  @Test
  void aLinkToARevisionOpensThePageAtThatRevision() throws Exception {
    Browser dom = chromium("--dump-dom", page.toUri() + "#revision=1");

    assertThat(dom.log()).doesNotContain("Uncaught", ":ERROR:CONSOLE");
    assertThat(dom.output()).contains("<figure class=\"schema\" data-revision=\"1\">")
        .contains("<figure class=\"schema\" data-revision=\"head\" hidden=\"\">");
    assertThat(figure(dom.output(), "1")).contains("data-table=\"legacy_stock\"", "data-table=\"book\"");
    assertThat(figure(dom.output(), "head")).doesNotContain("data-table=\"legacy_stock\"");
  }

  /** What Chromium printed (the page's DOM for --dump-dom) and logged (its console among it). */
  record Browser(String output, String log) {}

  private static Browser chromium(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath()));
    command.addAll(List.of(arguments));
    Path output = Files.createTempFile("chromium", ".out");
    Path log = Files.createTempFile("chromium", ".log");
    Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(log.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 60 s: " + Files.readString(log));
    }
    return new Browser(Files.readString(output), Files.readString(log));
  }

  private static String figure(String dom, String revision) {
    int start = dom.indexOf("<figure class=\"schema\" data-revision=\"" + revision + "\"");
    assertThat(start).as("the figure of revision %s", revision).isNotNegative();
    return dom.substring(start, dom.indexOf("</figure>", start));
  }
}
