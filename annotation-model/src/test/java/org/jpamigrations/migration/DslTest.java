package org.jpamigrations.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DslTest {

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of(Dsl.bool(), new ColumnType(Types.BOOLEAN, null, null, null, null)),
        Arguments.of(Dsl.bit(), new ColumnType(Types.BIT, null, null, null, null)),
        Arguments.of(Dsl.tinyint(), new ColumnType(Types.TINYINT, null, null, null, null)),
        Arguments.of(Dsl.smallint(), new ColumnType(Types.SMALLINT, null, null, null, null)),
        Arguments.of(Dsl.integer(), new ColumnType(Types.INTEGER, null, null, null, null)),
        Arguments.of(Dsl.bigint(), new ColumnType(Types.BIGINT, null, null, null, null)),
        Arguments.of(Dsl.real(), new ColumnType(Types.REAL, null, null, null, null)),
        Arguments.of(Dsl.float_(53), new ColumnType(Types.FLOAT, null, 53, null, null)),
        Arguments.of(Dsl.doublePrecision(), new ColumnType(Types.DOUBLE, null, null, null, null)),
        Arguments.of(Dsl.numeric(19, 4), new ColumnType(Types.NUMERIC, null, 19, 4, null)),
        Arguments.of(Dsl.decimal(10, 2), new ColumnType(Types.DECIMAL, null, 10, 2, null)),
        Arguments.of(Dsl.character(3), new ColumnType(Types.CHAR, 3L, null, null, null)),
        Arguments.of(Dsl.varchar(255), new ColumnType(Types.VARCHAR, 255L, null, null, null)),
        Arguments.of(Dsl.nvarchar(40), new ColumnType(Types.NVARCHAR, 40L, null, null, null)),
        Arguments.of(Dsl.clob(), new ColumnType(Types.CLOB, null, null, null, null)),
        Arguments.of(Dsl.binary(16), new ColumnType(Types.BINARY, 16L, null, null, null)),
        Arguments.of(Dsl.varbinary(5_000_000_000L),
            new ColumnType(Types.VARBINARY, 5_000_000_000L, null, null, null)),
        Arguments.of(Dsl.blob(), new ColumnType(Types.BLOB, null, null, null, null)),
        Arguments.of(Dsl.date(), new ColumnType(Types.DATE, null, null, null, null)),
        Arguments.of(Dsl.time(3), new ColumnType(Types.TIME, null, 3, null, null)),
        Arguments.of(Dsl.timestamp(6), new ColumnType(Types.TIMESTAMP, null, 6, null, null)),
        Arguments.of(Dsl.timestampWithTimeZone(6), new ColumnType(Types.TIMESTAMP_WITH_TIMEZONE, null, 6, null, null)),
        Arguments.of(Dsl.uuid(), new ColumnType(SqlTypeCodes.UUID, null, null, null, null)),
        Arguments.of(Dsl.json(), new ColumnType(SqlTypeCodes.JSON, null, null, null, null)),
        Arguments.of(Dsl.enumByName(20, "OPEN", "CLOSED"),
            new ColumnType(Types.VARCHAR, 20L, null, null, null, List.of("OPEN", "CLOSED"))),
        Arguments.of(Dsl.enumByOrdinal("LOW", "HIGH"),
            new ColumnType(Types.TINYINT, null, null, null, null, List.of("LOW", "HIGH"))),
        Arguments.of(Dsl.type(Types.LONGVARCHAR), new ColumnType(Types.LONGVARCHAR, null, null, null, null)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("types")
  void typeFactoriesGiveCodeAndSizes(ColumnType made, ColumnType expected) {
    assertThat(made).isEqualTo(expected);
  }

  @Test
  void everyTypeFactoryIsCovered() {
    long factories = Stream.of(Dsl.class.getMethods())
        .filter(m -> m.getReturnType() == ColumnType.class)
        .count();

    assertThat(types()).hasSize((int) factories);
  }

  @Test
  void objectFactoriesMatchTheModelFactories() {
    assertThat(Dsl.table("users")).isEqualTo(Table.named("users"));
    assertThat(Dsl.column("id", Dsl.bigint())).isEqualTo(Column.of("id", ColumnType.of(Types.BIGINT)));
    assertThat(Dsl.index("idx_name", "last", "first"))
        .isEqualTo(new Index("idx_name", List.of("last", "first"), false));
    assertThat(Dsl.sequence("seq")).isEqualTo(new Sequence("seq", 1, 1));
    assertThat(Dsl.foreignKey("fk", "a", "b").references("t", "x", "y")).isEqualTo(
        new ForeignKey("fk", List.of("a", "b"), "t", List.of("x", "y"), ReferentialAction.NO_ACTION));
  }

  @Test
  void readsLikeDdl() {
    Table users = Dsl.table("users")
        .column(Dsl.column("id", Dsl.bigint()).notNull().withIdentity())
        .column(Dsl.column("email", Dsl.varchar(255)).notNull())
        .withPrimaryKey("id")
        .withUnique("uk_users_email", "email");

    assertThat(users.columns()).extracting(c -> c.type().toString()).containsExactly("bigint", "varchar(255)");
    assertThat(users.findColumn("id")).map(Column::identity).contains(true);
    assertThat(users.primaryKey().columns()).containsExactly("id");
  }
}
