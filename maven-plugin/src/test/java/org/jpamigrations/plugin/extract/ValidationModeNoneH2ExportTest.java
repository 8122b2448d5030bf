package org.jpamigrations.plugin.extract;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** jakarta.persistence.validation.mode=none: no Bean Validation at all, in the DDL either. */
class ValidationModeNoneH2ExportTest extends H2ExportOracle {

  @Override
  String fixture() {
    return "validated";
  }

  @Override
  Map<String, String> settings() {
    return Map.of(BeanValidationConstraints.MODE, "none");
  }

  @Test
  void noConstraintIsApplied() {
    ValidationOffH2ExportTest.assertUnconstrained(extracted.table("Member"));
  }
}
