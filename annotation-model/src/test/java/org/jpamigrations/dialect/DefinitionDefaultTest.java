package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.junit.jupiter.api.Test;

class DefinitionDefaultTest {

  private static Column defined(String definition) {
    return Column.of("color", ColumnType.of(Types.VARCHAR).definedAs(definition));
  }

  @Test
  void aTrailingDefaultMovesIntoTheColumnsDefault() {
    Column split = DefinitionDefault.splitOut(defined("varchar(9) DEFAULT 'blue'"));

    assertThat(split.type().definition()).isEqualTo("varchar(9)");
    assertThat(split.defaultValue()).isEqualTo("'blue'");
  }

  @Test
  void theWordInsideQuotesOrParenthesesIsNotAClause() {
    assertThat(DefinitionDefault.splitOut(defined("enum('default','other')")))
        .isEqualTo(defined("enum('default','other')"));
    Column split = DefinitionDefault.splitOut(defined("varchar(20) default 'not null'"));
    assertThat(split.defaultValue()).isEqualTo("'not null'");
  }

  @Test
  void aDefinitionWithMoreClausesOrAnOwnDefaultStaysWhole() {
    assertThat(DefinitionDefault.splitOut(defined("varchar(9) default 'x' not null")))
        .isEqualTo(defined("varchar(9) default 'x' not null"));
    assertThat(DefinitionDefault.splitOut(defined("varchar(9) default 'x'").withDefault("'y'")).type().definition())
        .isEqualTo("varchar(9) default 'x'");
    assertThat(DefinitionDefault.splitOut(Column.of("n", ColumnType.of(Types.INTEGER))))
        .isEqualTo(Column.of("n", ColumnType.of(Types.INTEGER)));
  }
}
