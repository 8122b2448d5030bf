package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.diff.RenameDiffTest.schema;
import static org.jpamigrations.diff.RenameDiffTest.table;

import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.SqlTypeCodes;
import org.junit.jupiter.api.Test;

/** A PostgreSQL enum type of its own is not in the model: the step to write by hand is named once. */
class NamedEnumTypeDiffTest {

  private static final Column STATUS = Column.of("status", ColumnType.of(SqlTypeCodes.NAMED_ENUM).definedAs("Status"));

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void aNewTableWithAnEnumTypeOfItsOwnNamesTheCreateType() {
    DiffResult result = differ.diff(schema(), schema(table("task", STATUS), table("job", STATUS)));

    assertThat(result.warnings()).singleElement().asString()
        .startsWith("Type Status is an enum type of its own")
        .contains("op.sql(\"create type Status as enum ('A','B')\")")
        .contains("drop it in down()");
  }

  @Test
  void aTypeThatRecordedColumnsUseAlreadyExists() {
    Schema recorded = schema(table("task", STATUS));

    assertThat(differ.diff(recorded, schema(table("task", STATUS), table("job", STATUS))).warnings()).isEmpty();
  }
}
