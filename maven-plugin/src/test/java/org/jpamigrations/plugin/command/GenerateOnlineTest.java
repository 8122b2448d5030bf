package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jpamigrations.dialect.SqlDialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate on a schema whose tables exist: the online migration gets {@code @LockTimeout}, so that its steps never
 * queue for a lock (JM408); the plain one says once how to add it.
 */
class GenerateOnlineTest {

  private static final String ENTITIES = "org/jpamigrations/plugin/extract/fixtures/shop";
  private static final String PACKAGE = "com.example.db.migrations";
  private static final Instant NOW = Instant.parse("2026-11-25T10:15:00Z");

  @TempDir Path project;
  private Path sources;
  private Path classes;
  private final CommandLoopTest.Lines log = new CommandLoopTest.Lines();

  /** The shop's tables, then a migration that drops customers.last_name, which the entities still map. */
  @BeforeEach
  void shopWithoutLastName() throws Exception {
    sources = Files.createDirectories(project.resolve("src/main/java"));
    classes = Files.createDirectories(project.resolve("target/classes"));
    Path testClasses = Path.of(GenerateOnlineTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = Files.createDirectories(classes.resolve(ENTITIES));
    try (Stream<Path> files = Files.list(testClasses.resolve(ENTITIES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    new InitCommand().run(new InitCommand.Request(sources, PACKAGE, true, "1"), log);
    compile(generate("create shop tables", NOW, false));
    Path drop = sources.resolve(PACKAGE.replace('.', '/')).resolve("M20261125110000_DropLastName.java");
    Files.writeString(drop, """
        package com.example.db.migrations;

        import static org.jpamigrations.migration.Dsl.*;

        import org.jpamigrations.migration.Migration;
        import org.jpamigrations.migration.Operations;
        import org.jpamigrations.migration.Revision;

        @Revision(id = "20261125110000", parent = "20261125101500", message = "drop last name")
        public final class M20261125110000_DropLastName implements Migration {
          @Override
          public void up(Operations op) {
            op.dropIndex("customers", "idx_customer_name");
            op.dropColumn("customers", "last_name");
          }

          @Override
          public void down(Operations op) {}
        }
        """);
    compile(drop);
    log.infos.clear();
  }

  @Test
  void theOnlineMigrationOfStepsOnExistingTablesGetsALockTimeout() throws Exception {
    Path file = generate("last name again", NOW.plusSeconds(7200), true);

    String text = Files.readString(file);
    assertThat(text).contains("@LockTimeout(", "value = \"2s\"", "retries = 5", "op.addColumn(\"customers\"")
        .doesNotContain("JM408");
    assertThat(log.infos).anyMatch(line -> line.startsWith("It gives up on a table lock after 2s and is retried up to"
        + " 5 times (@LockTimeout)"));
    compile(file);
  }

  @Test
  void thePlainMigrationSaysOnceHowToAddOne() throws Exception {
    String text = Files.readString(generate("last name again", NOW.plusSeconds(7200), false));

    assertThat(text).doesNotContain("@LockTimeout", "JM408");
    assertThat(log.infos).filteredOn(line -> line.contains("JM408") || line.contains("jm408")).singleElement()
        .asString().startsWith("Steps of it lock tables in use: on PostgreSQL, give it @LockTimeout");
  }

  private Path generate(String message, Instant now, boolean online) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GenerateOnlineTest.class.getClassLoader())) {
      return new GenerateCommand().run(new GenerateCommand.Request(classes, sources, PACKAGE, loader,
          SqlDialects.hibernateSettings(null, null), message, false, now, online), log).orElseThrow().file();
    }
  }

  private void compile(Path... files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String[] args = Stream.concat(Stream.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path") + File.pathSeparator + classes),
        Stream.of(files).map(Path::toString)).toArray(String[]::new);
    assertThat(javac.run(null, null, null, args)).as("javac").isZero();
  }
}
