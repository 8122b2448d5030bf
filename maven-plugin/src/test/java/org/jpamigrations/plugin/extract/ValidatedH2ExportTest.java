package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation's constraints on the DDL: with Hibernate Validator on the class path, Hibernate's
 * export applies them, and so must the extractor. The oracle compares nullability, lengths and
 * precision with the database Hibernate created; the tests below name what that means.
 */
class ValidatedH2ExportTest extends H2ExportOracle {

  @Override
  String fixture() {
    return "validated";
  }

  @Test
  void notNullNotBlankAndNotEmptyMakeColumnsNotNull() {
    Table member = extracted.table("Member");

    assertThat(member.findColumn("name")).contains(Column.of("name", ColumnType.of(Types.VARCHAR).length(255)).notNull());
    assertThat(member.findColumn("nickname").orElseThrow().nullable()).isFalse();
    assertThat(member.findColumn("email").orElseThrow().nullable()).isFalse();
    assertThat(member.findColumn("club_id").orElseThrow().nullable()).as("a @NotNull association").isFalse();
  }

  @Test
  void sizeAndLengthSetTheLength() {
    Table member = extracted.table("Member");

    assertThat(member.findColumn("nickname")).contains(Column.of("nickname", ColumnType.of(Types.VARCHAR).length(40)).notNull());
    assertThat(member.findColumn("city")).contains(Column.of("city", ColumnType.of(Types.VARCHAR).length(40)));
    assertThat(member.findColumn("motto")).contains(Column.of("motto", ColumnType.of(Types.VARCHAR).length(255)));
    assertThat(member.findColumn("code")).contains(Column.of("code", ColumnType.of(Types.VARCHAR).length(30)));
  }

  @Test
  void digitsSetPrecisionAndScale() {
    assertThat(extracted.table("Member").findColumn("balance"))
        .contains(Column.of("balance", ColumnType.of(Types.NUMERIC).precision(7).scale(2)));
  }

  @Test
  void hibernatesOwnRulesHold() {
    Table member = extracted.table("Member");
    Table club = extracted.table("Club");

    assertThat(member.findColumn("referrer").orElseThrow().nullable()).as("a group other than Default").isTrue();
    assertThat(member.findColumn("street")).as("inside a @NotNull @Valid embeddable")
        .contains(Column.of("street", ColumnType.of(Types.VARCHAR).length(80)).notNull());
    assertThat(member.findColumn("town").orElseThrow().nullable()).isTrue();
    assertThat(club.findColumn("title").orElseThrow().nullable()).as("the root of a single table").isFalse();
    assertThat(club.findColumn("sport").orElseThrow().nullable()).as("a single-table subclass").isTrue();
  }

  @Test
  void minAndMaxAddTheChecksHibernateCreates() throws SQLException {
    List<String> created = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select c.CHECK_CLAUSE from INFORMATION_SCHEMA.CHECK_CONSTRAINTS c"
            + " join INFORMATION_SCHEMA.TABLE_CONSTRAINTS t on t.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
            + " and t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA where t.TABLE_NAME = 'MEMBER'")) {
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          // Hibernate joins a column's unnamed checks into one; the model keeps one check per condition.
          for (String term : plain(rs.getString(1)).split("\\)and\\(")) {
            created.add(term.replace("(", "").replace(")", ""));
          }
        }
      }
    }

    List<CheckConstraint> checks = extracted.table("Member").checks();
    assertThat(checks).extracting(check -> plain(check.expression())).containsExactlyInAnyOrderElementsOf(created);
    assertThat(created).contains("age>=0", "age<=150");
  }

  /** H2 gives a condition back quoted and spaced its own way. */
  private static String plain(String condition) {
    return condition.replace("\"", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
