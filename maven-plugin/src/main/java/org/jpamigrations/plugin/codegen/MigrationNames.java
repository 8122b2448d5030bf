package org.jpamigrations.plugin.codegen;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;

/** Revision ids and class names of generated migrations. */
public final class MigrationNames {

  /** Longest class name made from a message; longer ones are cut at a word boundary. */
  static final int MAX_CLASS_NAME = 60;

  private static final DateTimeFormatter REVISION =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private MigrationNames() {}

  /**
   * The UTC time {@code yyyyMMddHHmmss} of {@code now}, moved past every existing id of that form
   * (one second after the latest) so that ids stay unique and sort in the order they were made, even
   * with a clock that is behind or two migrations generated within one second.
   */
  public static String nextRevision(Instant now, Collection<String> existing) {
    LocalDateTime next = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    for (String id : existing) {
      LocalDateTime taken = parse(id);
      if (taken != null && !next.isAfter(taken)) {
        next = taken.plusSeconds(1);
      }
    }
    return REVISION.format(next);
  }

  private static LocalDateTime parse(String id) {
    if (id == null || id.length() != 14 || !id.chars().allMatch(Character::isDigit)) {
      return null;
    }
    try {
      return LocalDateTime.parse(id, REVISION);
    } catch (DateTimeParseException e) {
      return null; // fourteen digits that are no time: not one of ours, cannot collide with ours
    }
  }

  /**
   * {@code M<revision>_<Message in UpperCamelCase>}: ("20261125101500", "create shop tables") gives
   * {@code M20261125101500_CreateShopTables}. Characters that cannot be part of an identifier separate
   * words and are dropped; a blank message gives {@code M<revision>}.
   */
  public static String className(String revision, String message) {
    String prefix = "M" + identifierChars(revision);
    StringBuilder words = new StringBuilder();
    int room = MAX_CLASS_NAME - prefix.length() - 1;
    for (String word : (message == null ? "" : message).split("[^\\p{L}\\p{Nd}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String camel = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      if (words.length() + camel.length() > room) {
        if (words.length() == 0) {
          words.append(camel, 0, Math.max(room, 1)); // one long word: keep its start
        }
        break;
      }
      words.append(camel);
    }
    return words.length() == 0 ? prefix : prefix + "_" + words;
  }

  private static String identifierChars(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints().filter(Character::isJavaIdentifierPart).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
