package org.jpamigrations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource({
    "`order`, true",
    "order, false",
    "'`', false",
    "'``', true",
    "`half, false",
    "half`, false",
  })
  void isQuotedNeedsABacktickAtBothEnds(String name, boolean quoted) {
    assertThat(Names.isQuoted(name)).isEqualTo(quoted);
  }

  @Test
  void bareStripsOnlyTheQuotes() {
    assertThat(Names.bare("`Order`")).isEqualTo("Order");
    assertThat(Names.bare("users")).isEqualTo("users");
    assertThat(Names.bare("`")).isEqualTo("`");
  }

  @ParameterizedTest
  @CsvSource({
    "users, USERS, true",
    "Users, uSeRs, true",
    "users, people, false",
    "`Order`, `Order`, true",
    "`Order`, `order`, false",
    "`Order`, Order, true",
    "`Order`, order, false",
    "order, `order`, true",
  })
  void sameComparesUnquotedNamesIgnoringCaseAndQuotedOnesExactly(String a, String b, boolean same) {
    assertThat(Names.same(a, b)).isEqualTo(same);
    assertThat(Names.same(b, a)).isEqualTo(same);
  }

  @Test
  void sameTreatsNullAsOnlyEqualToNull() {
    assertThat(Names.same(null, null)).isTrue();
    assertThat(Names.same("a", null)).isFalse();
    assertThat(Names.same(null, "a")).isFalse();
  }

  @Test
  void sameListComparesInOrder() {
    assertThat(Names.sameList(List.of("a", "B"), List.of("A", "b"))).isTrue();
    assertThat(Names.sameList(List.of("a", "b"), List.of("b", "a"))).isFalse();
    assertThat(Names.sameList(List.of("a"), List.of("a", "b"))).isFalse();
    assertThat(Names.sameList(List.of("`A`"), List.of("`a`"))).isFalse();
    assertThat(Names.sameList(List.of(), List.of())).isTrue();
  }

  @Test
  void keyCollidesForNamesThatAreTheSame() {
    assertThat(Names.key("Users")).isEqualTo(Names.key("USERS")).isEqualTo("users");
    assertThat(Names.key("`Users`")).isEqualTo("`Users`").isNotEqualTo(Names.key("`users`"));
  }

  @Test
  void qualifierIsEverythingButTheLastPart() {
    assertThat(Names.qualifier("users")).isEmpty();
    assertThat(Names.qualifier("app.users")).contains("app");
    assertThat(Names.qualifier("`my.db`.app.`a.b`")).contains("`my.db`.app");
  }

  @Test
  void partsSplitQualifiedNamesOnDotsOutsideQuotes() {
    assertThat(Names.parts("users")).containsExactly("users");
    assertThat(Names.parts("app.users")).containsExactly("app", "users");
    assertThat(Names.parts("`my.schema`.`user`")).containsExactly("`my.schema`", "`user`");
    assertThat(Names.parts("cat.app.users")).containsExactly("cat", "app", "users");
  }

  @ParameterizedTest
  @CsvSource({
    "app.users, APP.USERS, true",
    "app.users, users, false",
    "app.users, crm.users, false",
    "app.`User`, APP.`User`, true",
    "app.`User`, app.`user`, false",
    "`App`.users, `app`.users, false",
    "`App`.users, `App`.USERS, true",
    "`app`.`users`, app.users, true",
    "`my.schema`.t, `my.schema`.T, true",
  })
  void qualifiedNamesAreComparedPartByPart(String a, String b, boolean same) {
    assertThat(Names.same(a, b)).isEqualTo(same);
    assertThat(Names.same(b, a)).isEqualTo(same);
  }

  @Test
  void qualifiedKeysLowerOnlyTheUnquotedParts() {
    assertThat(Names.key("App.`User`")).isEqualTo("app.`User`");
    assertThat(Names.key("`App`.Users")).isEqualTo("`App`.users");
    assertThat(Names.key("`my.Schema`.T")).isEqualTo("`my.Schema`.t");
    assertThat(Names.key("app.`User`")).isNotEqualTo(Names.key("app.`user`"));
  }

  /** Names built from the pieces that make comparison hard: quotes, dots, case, and letters that fold oddly. */
  static List<String> trickyNames(long seed, int count) {
    String[] pieces = {"a", "A", "b", "_", ".", "`", "\"", "i", "I", "\u0130", "\u0131", "k", "K", "\u212A",
        "\uD801\uDC00", "\uD801\uDC28", "\u00DF", "ss", "t_1"};
    Random random = new Random(seed);
    List<String> names = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder name = new StringBuilder();
      for (int length = 1 + random.nextInt(4); length > 0; length--) {
        name.append(pieces[random.nextInt(pieces.length)]);
      }
      String built = name.toString();
      names.add(random.nextInt(4) == 0 ? "`" + built + "`" : built);
    }
    return names;
  }

  @Test
  void namesThatAreTheSameShareTheirFoldedHash() {
    List<String> names = trickyNames(14, 400);
    int pairs = 0;
    for (String a : names) {
      for (String b : names) {
        if (Names.same(a, b)) {
          pairs += a.equals(b) ? 0 : 1;
          assertThat(Names.foldedHash(a)).as("%s and %s", a, b).isEqualTo(Names.foldedHash(b));
        }
      }
    }
    // The pieces must make different names that are the same, or the test would prove little.
    assertThat(pairs).isGreaterThan(100);
  }
}
