package org.jpamigrations.it.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check constraints of a table, which {@code DatabaseMetaData} does not report: read from each
 * database's catalog (H2 and MariaDB information_schema, PostgreSQL pg_constraint), one entry per
 * check, {@code check (<expression as the database stores it>)} preceded by the name when someone
 * chose it. The database rewrites the expression into its own form, so two databases of the same kind
 * given the same condition store the same text, whether it was declared on a column or on the table.
 * An unnamed check whose condition is {@code a and b} counts as the two checks {@code a} and {@code b}:
 * Hibernate joins a column's unnamed checks (Bean Validation's {@code @Min} and {@code @Max}, say) into
 * one clause, where a migration may declare them one by one, to the same effect.
 */
final class CheckConstraints {

  /**
   * Names the database makes up (H2 {@code CONSTRAINT_4A}, PostgreSQL {@code table_column_check},
   * MariaDB {@code CONSTRAINT_1}) and the ones Hibernate-style naming makes up, {@code CK} and a hash.
   */
  private static final Pattern GENERATED = Pattern.compile("(?i)(CONSTRAINT_[0-9A-F]+|.*_check\\d*|CK[0-9a-z]{20,30})");
  /** A PostgreSQL cast, {@code ::character varying}, {@code ::numeric(10,2)}, {@code ::text[]}. */
  private static final Pattern CAST = Pattern.compile("::(character varying|double precision|bit varying"
      + "|time(stamp)?( \\(\\d+\\))? with(out)? time zone|[a-z_]+)(\\(\\d+(, ?\\d+)?\\))?(\\[\\])?");
  /** Parentheses around one name, one literal or one array: they say nothing about precedence. */
  private static final Pattern ATOM_IN_PARENTHESES =
      Pattern.compile("\\(\\s*([A-Za-z_][\\w.]*|'[^']*'|ARRAY\\[[^\\]]*\\])\\s*\\)");

  private CheckConstraints() {}

  /** The checks of the table, or none on a database whose catalog is not known here. */
  static Set<String> read(Connection connection, String schema, String table, Collection<String> columns)
      throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    String sql;
    if (product.contains("h2")) {
      sql = "select tc.constraint_name, cc.check_clause from information_schema.table_constraints tc"
          + " join information_schema.check_constraints cc on cc.constraint_schema = tc.constraint_schema"
          + " and cc.constraint_name = tc.constraint_name"
          + " where tc.constraint_type = 'CHECK' and tc.table_schema = ? and tc.table_name = ?";
    } else if (product.contains("postgres")) {
      sql = "select c.conname, pg_get_constraintdef(c.oid) from pg_constraint c"
          + " join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace"
          + " where c.contype = 'c' and n.nspname = ? and t.relname = ?";
    } else if (product.contains("mariadb") || product.contains("mysql")) {
      sql = "select constraint_name, check_clause from information_schema.check_constraints"
          + " where constraint_schema = ? and table_name = ?";
      schema = schema != null ? schema : connection.getCatalog();
    } else {
      return Set.of();
    }
    Set<String> checks = new TreeSet<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      statement.setString(2, table);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          String expression = expression(rs.getString(2));
          if (product.contains("postgres")) {
            expression = withoutCasts(expression);
          }
          if (generated(name, columns)) {
            conjuncts(expression).forEach(conjunct -> checks.add("check (" + conjunct + ")"));
          } else {
            checks.add(name + " check (" + expression + ")");
          }
        }
      }
    }
    return checks;
  }

  /** MariaDB names a check declared on a column after the column. */
  private static boolean generated(String name, Collection<String> columns) {
    return GENERATED.matcher(name).matches() || columns.stream().anyMatch(name::equalsIgnoreCase);
  }

  /** The expression without the {@code CHECK} keyword and outer parentheses, blanks collapsed. */
  static String expression(String text) {
    String expression = text.strip().replaceAll("\\s+", " ");
    if (expression.regionMatches(true, 0, "check", 0, 5)) {
      expression = expression.substring(5).strip();
    }
    while (expression.startsWith("(") && expression.endsWith(")") && balanced(expression.substring(1, expression.length() - 1))) {
      expression = expression.substring(1, expression.length() - 1).strip();
    }
    return expression;
  }

  /**
   * PostgreSQL stores a condition with the casts it resolved, and moves them when a column's type
   * changes: {@code (kind)::text = ANY ((ARRAY['A'::character varying])::text[])} becomes
   * {@code (kind)::text = ANY (ARRAY[('A'::character varying)::text])} after an {@code alter column type},
   * the same condition. Without the casts and the parentheses around single terms both read alike.
   */
  static String withoutCasts(String expression) {
    String text = CAST.matcher(expression).replaceAll("");
    String previous;
    do {
      previous = text;
      text = ATOM_IN_PARENTHESES.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    } while (!text.equals(previous));
    return expression(text);
  }

  /**
   * The terms of a condition joined by {@code and} at the top level, each as {@link #expression} reads
   * it; the condition itself when it is no such conjunction, when an {@code or} at the top level binds
   * looser than the {@code and}s, or when it has a {@code between}, whose {@code and} joins no conditions.
   */
  static List<String> conjuncts(String expression) {
    if (expression.toLowerCase(Locale.ROOT).contains(" between ")) {
      return List.of(expression);
    }
    List<String> terms = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && expression.regionMatches(true, i, " or ", 0, 4)) {
        return List.of(expression);
      } else if (!quoted && depth == 0 && expression.regionMatches(true, i, " and ", 0, 5)) {
        terms.add(expression(expression.substring(start, i)));
        start = i + 5;
      }
    }
    if (terms.isEmpty()) {
      return List.of(expression);
    }
    terms.add(expression(expression.substring(start)));
    return terms;
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
