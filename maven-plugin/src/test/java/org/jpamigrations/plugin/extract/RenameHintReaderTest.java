package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpamigrations.diff.RenameHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The @RenamedFrom hints of the renamed fixtures, read beside the schema. */
class RenameHintReaderTest {

  @TempDir static Path classes;

  static MappedSchema mapped;

  @BeforeAll
  static void read() throws Exception {
    mapped = MappingReader.readMapped(
        FixtureClasses.copy("renamed", classes), RenameHintReaderTest.class.getClassLoader(), Map.of());
  }

  @Test
  void entityHintNamesItsTable() {
    assertThat(mapped.hints().formerTableNames("client")).containsExactly("customers", "customer");
    assertThat(mapped.hints().formerTableNames("Note")).isEmpty();
  }

  @Test
  void fieldHintNamesItsPhysicalColumn() {
    assertThat(mapped.hints().formerColumnNames("client", "full_name")).containsExactly("fullname");
    assertThat(mapped.hints().formerColumnNames("client", "id")).containsExactly("customer_id");
  }

  @Test
  void foreignKeyColumnEmbeddableFieldAndGetterHintsAreRead() {
    assertThat(mapped.hints().formerColumnNames("client", "referredBy_id")).containsExactly("referrer_id");
    assertThat(mapped.hints().formerColumnNames("client", "city")).containsExactly("town");
    assertThat(mapped.hints().formerColumnNames("client", "nickname")).containsExactly("alias");
  }

  @Test
  void onlyHintedTablesAndColumnsHaveHints() {
    RenameHints hints = mapped.hints();
    assertThat(hints.tables()).extracting(RenameHints.TableHint::table).containsExactly("client");
    assertThat(hints.columns()).extracting(RenameHints.ColumnHint::column)
        .containsExactlyInAnyOrder("id", "full_name", "referredBy_id", "city", "nickname");
    assertThat(hints.formerColumnNames("client", "email")).isEmpty();
  }

  @Test
  void schemaIsTheOneReadWithoutHints() throws Exception {
    assertThat(mapped.schema().tables()).extracting(t -> t.name()).containsExactly("client", "Note");
    assertThat(mapped.schema().table("client").findColumn("full_name")).isPresent();
  }

  @Test
  void hintOnAClassWithoutOneIsEmpty() throws Exception {
    assertThat(RenameHintReader.formerNames(String.class)).isEqualTo(List.of());
  }
}
