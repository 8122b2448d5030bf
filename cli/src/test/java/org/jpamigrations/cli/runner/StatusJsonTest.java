package org.jpamigrations.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusJsonTest {

  @Test
  void escapesWhatJsonRequires() {
    assertThat(StatusJson.string("say \"hi\"\\\n\tend\u0001")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\tend\\u0001\"");
    assertThat(StatusJson.string(null)).isEqualTo("null");
  }
}
