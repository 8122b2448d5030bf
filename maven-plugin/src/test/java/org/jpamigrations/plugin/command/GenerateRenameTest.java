package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.plugin.codegen.GeneratedMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate reads @RenamedFrom from the project's entities and reports what needs a person in the log. */
class GenerateRenameTest {

  private static final String ENTITIES = "org/jpamigrations/plugin/extract/fixtures/renamed";
  private static final String PACKAGE = "com.example.db.migrations";

  /** What the migrations recorded before the entity and two of its fields were renamed. */
  private static final String RECORDED = """
      package com.example.db.migrations;

      import static org.jpamigrations.migration.Dsl.*;

      import org.jpamigrations.migration.Migration;
      import org.jpamigrations.migration.Operations;
      import org.jpamigrations.migration.Revision;

      @Revision(id = "20261101000000")
      public final class M20261101000000_Customers implements Migration {
          @Override
          public void up(Operations op) {
              op.createTable(table("customers")
                      .column(column("id", bigint()).notNull())
                      .column(column("fullname", varchar(255)))
                      .column(column("town", varchar(255)))
                      .withPrimaryKey("id"));
          }

          @Override
          public void down(Operations op) {
              op.dropTable("customers");
          }
      }
      """;

  @TempDir Path project;

  @Test
  void hintsBecomeRenamesAndWarningsReachTheFileAndTheLog() throws Exception {
    Path sources = Files.createDirectories(project.resolve("src/main/java"));
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    copyFixtures(classes);
    Path recorded = Files.createDirectories(sources.resolve(PACKAGE.replace('.', '/')))
        .resolve("M20261101000000_Customers.java");
    Files.writeString(recorded, RECORDED);
    compile(recorded, classes);
    CommandLoopTest.Lines log = new CommandLoopTest.Lines();

    GeneratedMigration generated;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GenerateRenameTest.class.getClassLoader())) {
      generated = new GenerateCommand().run(new GenerateCommand.Request(classes, sources, PACKAGE, loader,
          SqlDialects.hibernateSettings(null, null), "rename customers", false,
          Instant.parse("2026-11-26T10:00:00Z")), log).orElseThrow();
    }

    String text = Files.readString(generated.file());
    String up = text.substring(text.indexOf("void up("), text.indexOf("void down("));
    assertThat(up)
        .contains("op.renameTable(\"customers\", \"client\");")
        .contains("op.renameColumn(\"client\", \"fullname\", \"full_name\");")
        .contains("op.renameColumn(\"client\", \"town\", \"city\");")
        .contains("// WARNING: Column client.visits is NOT NULL and has no default")
        .contains("op.fillNulls(\"client\", \"visits\", \"/* TODO: value for existing rows */ null\");")
        .doesNotContain("dropTable(\"customers\")", "dropColumn(");
    assertThat(log.infos).contains("  rename table customers to client", "  rename column client.fullname to full_name");
    assertThat(log.warnings).anyMatch(line -> line.startsWith("Column client.visits is NOT NULL and has no default")
        && line.endsWith("(see the WARNING in " + generated.className() + ")"));
    compile(generated.file(), classes);
  }

  private static void copyFixtures(Path classes) throws Exception {
    Path testClasses = Path.of(GenerateRenameTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = Files.createDirectories(classes.resolve(ENTITIES));
    try (Stream<Path> files = Files.list(testClasses.resolve(ENTITIES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }

  private static void compile(Path source, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), source.toString());
    assertThat(status).as("javac " + source).isZero();
  }
}
