package org.jpamigrations.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether one check condition allows every row another allows, for the forms mappings write: a value list
 * ({@code status in ('A','B')}), a range ({@code age >= 18}, as Bean Validation's {@code @Min} puts it,
 * {@code between}), and disjunctions of those. Rows that met the old condition then meet the new one, so
 * adding the new check cannot fail: no warning for a check that was relaxed. Any other text is judged
 * unknown, and the warning stays.
 */
final class CheckConditions {

  private static final String NAME = "([\\w\"`\\[\\]]+)";
  private static final String NUMBER = "([-+]?\\d+(?:\\.\\d+)?)";
  private static final Pattern IN = Pattern.compile(NAME + "\\s+in\\s*\\((.*)\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN = Pattern.compile(
      NAME + "\\s+between\\s+" + NUMBER + "\\s+and\\s+" + NUMBER, Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARISON = Pattern.compile(NAME + "\\s*(>=|<=|>|<)\\s*" + NUMBER);

  private CheckConditions() {}

  /** Whether every row that meets {@code narrower} meets {@code wider}; {@code false} when unsure. */
  static boolean allowsAllOf(String wider, String narrower) {
    if (normalize(wider).equals(normalize(narrower))) {
      return true;
    }
    List<Optional<Condition>> widerParts = disjuncts(wider).stream().map(CheckConditions::parse).toList();
    for (String part : disjuncts(narrower)) {
      Optional<Condition> condition = parse(part);
      if (condition.isEmpty()
          || widerParts.stream().flatMap(Optional::stream).noneMatch(w -> w.contains(condition.get()))) {
        return false;
      }
    }
    return true;
  }

  /** A condition on one column: a finite set of values, or a numeric interval. */
  private sealed interface Condition {
    String column();

    boolean contains(Condition other);
  }

  private record Values(String column, Set<String> values) implements Condition {
    @Override
    public boolean contains(Condition other) {
      return other instanceof Values v && v.column.equals(column) && values.containsAll(v.values);
    }
  }

  /** Bounds are {@code null} when open. */
  private record Interval(String column, BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded)
      implements Condition {
    @Override
    public boolean contains(Condition other) {
      if (!other.column().equals(column)) {
        return false;
      }
      if (other instanceof Values v) {
        return v.values.stream().allMatch(value -> number(value).filter(this::includes).isPresent());
      }
      Interval o = (Interval) other;
      return covers(low, lowIncluded, o.low, o.lowIncluded, 1)
          && covers(high, highIncluded, o.high, o.highIncluded, -1);
    }

    private boolean includes(BigDecimal value) {
      return (low == null || value.compareTo(low) > 0 || lowIncluded && value.compareTo(low) == 0)
          && (high == null || value.compareTo(high) < 0 || highIncluded && value.compareTo(high) == 0);
    }

    /** Whether this bound leaves room for the other's: lower bounds with sign 1, upper ones with -1. */
    private static boolean covers(BigDecimal mine, boolean mineIncluded, BigDecimal theirs, boolean theirsIncluded,
        int sign) {
      if (mine == null) {
        return true;
      }
      if (theirs == null) {
        return false;
      }
      int order = sign * mine.compareTo(theirs);
      return order < 0 || order == 0 && (mineIncluded || !theirsIncluded);
    }
  }

  private static Optional<Condition> parse(String text) {
    String condition = unwrap(text.strip());
    Matcher in = IN.matcher(condition);
    if (in.matches()) {
      Set<String> values = new LinkedHashSet<>();
      for (String value : split(in.group(2), ",")) {
        String literal = value.strip();
        if (!literal.matches("'([^']|'')*'|" + NUMBER)) {
          return Optional.empty();
        }
        values.add(literal.startsWith("'") ? literal : new BigDecimal(literal).stripTrailingZeros().toPlainString());
      }
      return Optional.of(new Values(column(in.group(1)), values));
    }
    Matcher between = BETWEEN.matcher(condition);
    if (between.matches()) {
      return Optional.of(new Interval(column(between.group(1)),
          new BigDecimal(between.group(2)), true, new BigDecimal(between.group(3)), true));
    }
    Matcher comparison = COMPARISON.matcher(condition);
    if (comparison.matches()) {
      BigDecimal bound = new BigDecimal(comparison.group(3));
      String column = column(comparison.group(1));
      return Optional.of(switch (comparison.group(2)) {
        case ">=" -> new Interval(column, bound, true, null, false);
        case ">" -> new Interval(column, bound, false, null, false);
        case "<=" -> new Interval(column, null, false, bound, true);
        default -> new Interval(column, null, false, bound, false);
      });
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> number(String literal) {
    try {
      return Optional.of(new BigDecimal(literal));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String column(String name) {
    return name.replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT);
  }

  /** The parts of a top-level {@code or}. */
  private static List<String> disjuncts(String condition) {
    return split(unwrap(condition.strip()), " or ");
  }

  /** Splits on a separator outside quotes and parentheses, ignoring case. */
  private static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && lower.startsWith(separator, i)) {
        parts.add(text.substring(start, i));
        start = i + separator.length();
        i = start - 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** Drops parentheses around the whole condition. */
  private static String unwrap(String condition) {
    String text = condition;
    while (text.startsWith("(") && text.endsWith(")") && closes(text)) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }

  /** Whether the first parenthesis closes at the last character. */
  private static boolean closes(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i == text.length() - 1;
      }
    }
    return false;
  }

  private static String normalize(String condition) {
    return unwrap(condition.strip()).replaceAll("\\s+", " ");
  }
}
