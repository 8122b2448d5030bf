package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.SqlTypeCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** An enum in a type of its own keeps the type's name, which is what generate warns about. */
class NamedEnumExtractionTest {

  @TempDir Path classes;

  @ParameterizedTest
  @ValueSource(strings = {"PostgreSQLDialect", "H2Dialect"})
  void theColumnHasTheEnumTypeOfItsOwn(String dialect) throws Exception {
    Column priority = MappingReader.read(FixtureClasses.copy("named", classes), getClass().getClassLoader(),
            Map.of("hibernate.dialect", "org.hibernate.dialect." + dialect))
        .table("Ticket").findColumn("priority").orElseThrow();

    assertThat(priority.type().code()).isEqualTo(SqlTypeCodes.NAMED_ENUM);
    assertThat(priority.type().definition()).isEqualTo("Priority");
  }
}
