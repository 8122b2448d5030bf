package org.jpamigrations.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownPropertiesTest {

  private static final Set<String> KNOWN = Set.of("migrations.message", "migrations.url", "migrations.target");

  @Test
  void aTypoIsNamedWithTheClosestKnownProperty() {
    assertThat(UnknownProperties.warnings(List.of("migrations.mesage", "migrations.url", "model"), KNOWN))
        .containsExactly("Unknown property migrations.mesage: no goal reads it. Did you mean migrations.message?");
  }

  @Test
  void knownAndForeignPropertiesPassQuietly() {
    assertThat(UnknownProperties.warnings(List.of("migrations.target", "maven.test.skip"), KNOWN)).isEmpty();
  }

  @Test
  void distanceCountsEditsIgnoringCase() {
    assertThat(UnknownProperties.distance("migrations.message", "migrations.mesage")).isEqualTo(1);
    assertThat(UnknownProperties.distance("migrations.URL", "migrations.url")).isZero();
    assertThat(UnknownProperties.distance("", "abc")).isEqualTo(3);
  }
}
