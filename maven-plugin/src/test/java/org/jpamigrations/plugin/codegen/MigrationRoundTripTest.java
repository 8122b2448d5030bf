package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.jpamigrations.migration.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles generated migrations and runs them: up() must declare exactly the operations the source
 * had, down() exactly their inverses, and the annotation must identify the revision.
 */
class MigrationRoundTripTest {

  @TempDir Path sourceRoot;
  @TempDir Path classes;

  static Stream<MigrationSource> sources() {
    return Stream.of(Fixtures.createTables(), Fixtures.alterColumns(), Fixtures.merge(), Fixtures.everything(),
        Fixtures.renames());
  }

  @ParameterizedTest
  @MethodSource("sources")
  void generatedMigrationDeclaresTheOperationsAndTheirInverses(MigrationSource source) throws Exception {
    GeneratedMigration generated = new MigrationWriter().write(source, sourceRoot);

    Migration migration = compileAndLoad(generated, source.packageName());

    MigrationBody expected = MigrationBody.of(source.before(), source.operations());
    assertThat(Operations.of(migration, true)).isEqualTo(source.operations());
    assertThat(Operations.of(migration, false)).isEqualTo(expected.downOperations());
    Revision revision = migration.getClass().getAnnotation(Revision.class);
    assertThat(revision.id()).isEqualTo(source.revision());
    assertThat(revision.parent()).containsExactlyElementsOf(source.parents());
    assertThat(revision.message()).isEqualTo(source.message());
    assertThat(revision.created()).isEqualTo("2026-11-25T10:15:00Z");
  }

  @Test
  void emptyMigrationCompilesAndDeclaresNothing() throws Exception {
    MigrationSource source = Fixtures.empty();
    Migration migration = compileAndLoad(new MigrationWriter().writeEmpty(source, sourceRoot), source.packageName());

    assertThat(Operations.of(migration, true)).isEmpty();
    assertThat(Operations.of(migration, false)).isEmpty();
    assertThat(migration.getClass().getAnnotation(Revision.class).parent()).containsExactly("20261126090000");
  }

  private Migration compileAndLoad(GeneratedMigration generated, String packageName) throws Exception {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int result = compiler.run(null, null, errors,
        "-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(),
        "-Xlint:all", "-Werror",
        generated.file().toString());
    assertThat(result)
        .as("compiling %s:%n%s%n%s", generated.file(), errors.toString(StandardCharsets.UTF_8), source(generated))
        .isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    Class<?> type = loader.loadClass(packageName + "." + generated.className());
    return (Migration) type.getConstructor().newInstance();
  }

  private static String source(GeneratedMigration generated) throws IOException {
    return String.join("\n", Files.readAllLines(generated.file()));
  }

}
