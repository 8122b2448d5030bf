package org.jpamigrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every rule has its section in docs/lint.md, under the anchor findings link to, with its texts as they stand. */
class LintDocsTest {

  @Test
  void everyRuleHasItsSectionWithItsCurrentTexts() throws Exception {
    String docs = Files.readString(Path.of("../docs/lint.md"));
    for (Rule rule : Rules.ALL) {
      String anchor = rule.docs().substring(rule.docs().indexOf('#') + 1);
      assertThat(docs).as(rule.code())
          .contains("<a id=\"" + anchor + "\"></a>\n### " + rule.code() + ": " + rule.title() + "\n")
          .contains("**" + rule.severity() + "**, "
              + (rule.databases().isEmpty() ? "every database" : String.join(", ", rule.databases())) + ".")
          .contains(rule.problem())
          .contains("**Fix:** " + rule.fix());
    }
  }
}
