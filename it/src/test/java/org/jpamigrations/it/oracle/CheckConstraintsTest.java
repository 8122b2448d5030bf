package org.jpamigrations.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckConstraintsTest {

  @Test
  void postgresqlCastsMovedByAnAlterColumnTypeReadAlike() {
    String created = "CHECK (((kind)::text = ANY ((ARRAY['CAR'::character varying, 'TRUCK'::character varying])::text[])))";
    String altered = "CHECK (((kind)::text = ANY (ARRAY[('CAR'::character varying)::text, ('TRUCK'::character varying)::text])))";

    String expected = CheckConstraints.withoutCasts(CheckConstraints.expression(created));
    assertThat(CheckConstraints.withoutCasts(CheckConstraints.expression(altered))).isEqualTo(expected);
    assertThat(expected).isEqualTo("kind = ANY ARRAY['CAR', 'TRUCK']");
  }

  @Test
  void parenthesesThatGroupAreKept() {
    assertThat(CheckConstraints.withoutCasts("((a > 0) OR (b > 0)) AND (c)::numeric(10,2) < 5.0"))
        .isEqualTo("((a > 0) OR (b > 0)) AND c < 5.0");
    assertThat(CheckConstraints.withoutCasts("(a > 0) OR ((b > 0) AND (c > 0))"))
        .isNotEqualTo(CheckConstraints.withoutCasts("((a > 0) OR (b > 0)) AND (c > 0)"));
  }

  @Test
  void multiWordTypesGoWholeAndKeywordsAfterThemStay() {
    assertThat(CheckConstraints.withoutCasts("(at)::timestamp without time zone > now() AND (x)::double precision > 0"))
        .isEqualTo("at > now() AND x > 0");
  }

  @Test
  void aConjunctionCountsAsOneCheckPerTerm() {
    // Hibernate declares a column's @Min and @Max as one check; a migration may declare two.
    assertThat(CheckConstraints.conjuncts(CheckConstraints.expression("CHECK ((\"AGE\" <= 150) AND (\"AGE\" >= 0))")))
        .containsExactly("\"AGE\" <= 150", "\"AGE\" >= 0");
    assertThat(CheckConstraints.conjuncts("((a > 0) OR (b > 0)) AND c = 'x and y'"))
        .containsExactly("(a > 0) OR (b > 0)", "c = 'x and y'");
    assertThat(CheckConstraints.conjuncts("a > 0 OR b > 0 AND c > 0")).containsExactly("a > 0 OR b > 0 AND c > 0");
    assertThat(CheckConstraints.conjuncts("((a > 0) AND (b > 0)) OR c")).containsExactly("((a > 0) AND (b > 0)) OR c");
    assertThat(CheckConstraints.conjuncts("a between 1 and 5")).containsExactly("a between 1 and 5");
  }
}
