package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hibernate.type.SqlTypes;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which server version the mapping is read for: the newest, unless the settings name one. */
class DatabaseVersionTest {

  @TempDir Path classes;

  private ColumnType uuidColumn(Map<String, String> settings) throws Exception {
    Schema schema = MappingReader.read(FixtureClasses.copy("types", classes), getClass().getClassLoader(), settings);
    return schema.table("Sample").findColumn("id").orElseThrow().type();
  }

  @Test
  void aUuidStaysAUuidOnMariaDbWhateverTheOldestServerLacks() throws Exception {
    ColumnType type = uuidColumn(SqlDialects.hibernateSettings("jdbc:mariadb://db/app", null));

    assertThat(type.code()).isEqualTo(SqlTypes.UUID);
    // rendered for each server's own version when the migration runs
    assertThat(SqlDialects.forName("mariadb").typeName(type)).isEqualTo("binary(16)");
  }

  @Test
  void aVersionInTheSettingsIsTheOneReadFor() throws Exception {
    Map<String, String> settings = new java.util.HashMap<>(SqlDialects.hibernateSettings("jdbc:mariadb://db/app", null));
    settings.put("jakarta.persistence.database-product-version", "10.6");

    assertThat(uuidColumn(settings).code()).isEqualTo(SqlTypes.BINARY);
  }
}
