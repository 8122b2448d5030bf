package org.jpamigrations.dialect;

import java.util.Locale;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;

/**
 * A verbatim column definition ({@code @Column(columnDefinition = "varchar(9) default 'blue'")}) may end
 * with a default. Hibernate's export writes it whole after the column name, which only CREATE TABLE and
 * ADD COLUMN take: ALTER COLUMN wants the type alone. Splitting the default out lets each database change
 * the type and the default its own way.
 */
final class DefinitionDefault {

  /** Words that start another clause: a definition holding one after its default is left whole. */
  private static final String[] OTHER_CLAUSES =
      {"not", "null", "check", "unique", "primary", "references", "generated", "constraint", "collate", "as"};

  private DefinitionDefault() {}

  /**
   * The column with a definition's trailing {@code default <expression>} moved into its default, when
   * it has no default of its own; otherwise the column unchanged.
   */
  static Column splitOut(Column column) {
    ColumnType type = column.type();
    if (type.definition() == null || column.defaultValue() != null) {
      return column;
    }
    String definition = type.definition();
    int start = topLevelWord(definition, "default", 0);
    if (start <= 0) {
      return column;
    }
    String expression = definition.substring(start + "default".length()).strip();
    for (String clause : OTHER_CLAUSES) {
      if (topLevelWord(expression, clause, 0) >= 0) {
        return column;
      }
    }
    if (expression.isEmpty()) {
      return column;
    }
    return column.withType(type.definedAs(definition.substring(0, start).strip())).withDefault(expression);
  }

  /** Where the word starts outside quotes and parentheses, or -1. */
  private static int topLevelWord(String text, String word, int from) {
    String lower = text.toLowerCase(Locale.ROOT);
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && lower.startsWith(word, i)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + word.length() == text.length() || !Character.isLetterOrDigit(text.charAt(i + word.length())))) {
        return i;
      }
    }
    return -1;
  }
}
