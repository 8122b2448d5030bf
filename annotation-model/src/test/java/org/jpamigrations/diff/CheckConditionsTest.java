package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a new check condition allows every row the old one did: then adding it cannot fail. */
class CheckConditionsTest {

  @ParameterizedTest(name = "{0}  allows all of  {1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      age>=16                          | age>=18                          | true
      age>=18                          | age>=16                          | false
      age >= 18                        | age>18                           | true
      age>18                           | age>=18                          | false
      age<=100                         | age between 0 and 99             | true
      age between 0 and 120            | age>=0                           | false
      age between 0 and 120            | age between 18 and 65            | true
      "AGE">=0                         | age in (1, 2, 3)                 | true
      age>=2                           | age in (1, 2, 3)                 | false
      state in ('A','B','C')           | state in ('B','A')               | true
      state in ('A','B')               | state in ('A','B','C')           | false
      state in ('A','B')               | state in ('a','b')               | false
      state in ('A','B')               | other in ('A')                   | false
      (state in ('A') or state in ('B')) | state in ('B')                 | true
      state in ('A') or qty > 0        | state in ('A') or qty > 5        | true
      state in ('A')                   | state in ('A') or qty > 5        | false
      lower(name) = name               | lower(name) = name               | true
      lower(name) = name               | upper(name) = name               | false
      qty > 0 and qty < 10             | qty > 0                          | false
      """)
  void judgesTheFormsMappingsWrite(String wider, String narrower, boolean allows) {
    assertThat(CheckConditions.allowsAllOf(wider.strip(), narrower.strip())).isEqualTo(allows);
  }
}
