package org.jpamigrations.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  private final DurationConverter converter = new DurationConverter();

  @Test
  void readsTheFormsTheHelpNames() {
    assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("PT1M")).isEqualTo(Duration.ofMinutes(1));
    assertThat(converter.convert("30")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void refusesWhatIsNoDuration() {
    assertThatThrownBy(() -> converter.convert("-5s")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> converter.convert("1h")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("not a duration");
  }
}
