package org.jpamigrations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import org.junit.jupiter.api.Test;

class ColumnTest {

  private static final ColumnType VARCHAR_100 = ColumnType.of(Types.VARCHAR).length(100);

  @Test
  void ofMakesAPlainNullableColumn() {
    Column column = Column.of("email", VARCHAR_100);

    assertThat(column).isEqualTo(new Column("email", VARCHAR_100, true, false, null, null, null));
  }

  @Test
  void needsANameAndAType() {
    assertThatThrownBy(() -> Column.of(null, VARCHAR_100))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A column must have a name");
    assertThatThrownBy(() -> Column.of("  ", VARCHAR_100))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A column must have a name");
    assertThatThrownBy(() -> Column.of("email", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
  }

  @Test
  void withersChangeOneComponentAndKeepTheOthers() {
    Column base = new Column("email", VARCHAR_100, true, false, "'x'", null, "mail");
    ColumnType text = ColumnType.of(Types.CLOB);

    assertThat(base.notNull()).isEqualTo(new Column("email", VARCHAR_100, false, false, "'x'", null, "mail"));
    assertThat(base.notNull().withNullable(true)).isEqualTo(base);
    assertThat(base.withIdentity()).isEqualTo(new Column("email", VARCHAR_100, true, true, "'x'", null, "mail"));
    assertThat(base.withType(text)).isEqualTo(new Column("email", text, true, false, "'x'", null, "mail"));
    assertThat(base.withDefault(null)).isEqualTo(new Column("email", VARCHAR_100, true, false, null, null, "mail"));
    assertThat(base.withComment("e-mail")).isEqualTo(new Column("email", VARCHAR_100, true, false, "'x'", null, "e-mail"));
    assertThat(base.withName("mail")).isEqualTo(new Column("mail", VARCHAR_100, true, false, "'x'", null, "mail"));
    assertThat(base.withGeneratedAs("lower(name)"))
        .isEqualTo(new Column("email", VARCHAR_100, true, false, "'x'", "lower(name)", "mail"));
    assertThat(base.withGeneratedAs("lower(name)").generated()).isTrue();
    assertThat(base.generated()).isFalse();
    assertThat(base.notNull()).isNotSameAs(base);
    assertThat(base.nullable()).isTrue();
  }

  @Test
  void columnTypeBuildersSetSizes() {
    ColumnType numeric = ColumnType.of(Types.NUMERIC).precision(10).scale(2);

    assertThat(numeric).isEqualTo(new ColumnType(Types.NUMERIC, null, 10, 2, null));
    assertThat(VARCHAR_100).isEqualTo(new ColumnType(Types.VARCHAR, 100L, null, null, null));
    assertThat(VARCHAR_100.definedAs("citext"))
        .isEqualTo(new ColumnType(Types.VARCHAR, 100L, null, null, "citext"));
  }

  @Test
  void columnTypeToStringShowsNameAndSizes() {
    assertThat(ColumnType.of(Types.BIGINT)).hasToString("bigint");
    assertThat(VARCHAR_100).hasToString("varchar(100)");
    assertThat(ColumnType.of(Types.NUMERIC).precision(10).scale(2)).hasToString("numeric(10,2)");
    assertThat(ColumnType.of(Types.TIMESTAMP).precision(6)).hasToString("timestamp(6)");
    assertThat(ColumnType.of(SqlTypeCodes.UUID)).hasToString("uuid");
    assertThat(ColumnType.of(Types.VARCHAR).definedAs("citext")).hasToString("citext");
  }

  @Test
  void sqlTypeCodesNamesJdbcAndHibernateCodes() {
    assertThat(SqlTypeCodes.name(Types.VARCHAR)).isEqualTo("varchar");
    assertThat(SqlTypeCodes.name(Types.TIMESTAMP_WITH_TIMEZONE)).isEqualTo("timestamp_with_timezone");
    assertThat(SqlTypeCodes.name(SqlTypeCodes.JSON)).isEqualTo("json");
    assertThat(SqlTypeCodes.name(SqlTypeCodes.GEOGRAPHY)).isEqualTo("geography");
    assertThat(SqlTypeCodes.name(987654)).isEqualTo("type#987654");
  }
}
