package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares generated migrations with the files in {@code src/test/resources/codegen}. After an intended
 * change of the output, rewrite them with {@code -Dgolden.update=true} and review the diff.
 */
class MigrationWriterGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/codegen");

  @TempDir Path sourceRoot;

  private final MigrationWriter writer = new MigrationWriter();

  @Test
  void firstMigrationCreatesTablesSequenceForeignKeysAndIndex() throws IOException {
    GeneratedMigration generated = writer.write(Fixtures.createTables(), sourceRoot);

    assertGolden(generated, "create_tables");
    assertThat(generated.className()).isEqualTo("M20261125101500_CreateShopTables");
    assertThat(generated.destructive()).isEmpty();
  }

  @Test
  void columnChangesAreMarkedWhereTheyLoseData() throws IOException {
    GeneratedMigration generated = writer.write(Fixtures.alterColumns(), sourceRoot);

    assertGolden(generated, "alter_columns");
    assertThat(generated.destructive())
        .containsExactly("drop column purchase_order.`comment`", "alter column customer.name");
  }

  @Test
  void emptyMigrationShowsHowToWriteChangesByHand() throws IOException {
    GeneratedMigration generated = writer.writeEmpty(Fixtures.empty(), sourceRoot);

    assertGolden(generated, "empty");
    assertThat(generated.destructive()).isEmpty();
  }

  @Test
  void mergeListsBothParents() throws IOException {
    assertGolden(writer.write(Fixtures.merge(), sourceRoot), "merge");
  }

  @Test
  void everyOperationAndTypeReadsLikeHandWrittenCode() throws IOException {
    GeneratedMigration generated = writer.write(Fixtures.everything(), sourceRoot);

    assertGolden(generated, "everything");
    assertThat(generated.destructive()).containsExactly("drop sequence big_seq", "drop table app.kid");
  }

  @Test
  void warningsOpenUpAsCommentsAboveTheRenamesAndTheFill() throws IOException {
    GeneratedMigration generated = writer.write(Fixtures.renames(), sourceRoot);

    assertGolden(generated, "renames");
    assertThat(generated.destructive()).isEmpty();
  }

  private void assertGolden(GeneratedMigration generated, String name) throws IOException {
    assertThat(generated.file())
        .isEqualTo(sourceRoot.resolve("com/example/shop/migrations/" + generated.className() + ".java"));
    String actual = Files.readString(generated.file(), StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(name + ".java.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
