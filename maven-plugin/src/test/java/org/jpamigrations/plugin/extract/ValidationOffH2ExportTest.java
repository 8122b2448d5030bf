package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Test;

/** hibernate.validator.apply_to_ddl=false: Hibernate leaves Bean Validation out of the DDL, and so does the extractor. */
class ValidationOffH2ExportTest extends H2ExportOracle {

  @Override
  String fixture() {
    return "validated";
  }

  @Override
  Map<String, String> settings() {
    return Map.of(BeanValidationConstraints.APPLY_TO_DDL, "false");
  }

  @Test
  void noConstraintIsApplied() {
    assertUnconstrained(extracted.table("Member"));
  }

  static void assertUnconstrained(Table member) {
    assertThat(member.findColumn("name").orElseThrow().nullable()).isTrue();
    assertThat(member.findColumn("email").orElseThrow().nullable()).isTrue();
    assertThat(member.findColumn("nickname").orElseThrow().type().length()).isEqualTo(255);
    assertThat(member.findColumn("balance").orElseThrow().type().precision()).isEqualTo(38);
    assertThat(member.checks()).isEmpty();
  }
}
