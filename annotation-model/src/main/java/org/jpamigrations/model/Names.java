package org.jpamigrations.model;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * Identifier conventions of the schema model.
 *
 * <p>A name wrapped in backticks ({@code `user`}) is quoted, exactly as Hibernate writes quoted
 * identifiers; so is one in double quotes, the form Hibernate keeps a constraint's name in when the mapping
 * gives it so ({@code @UniqueConstraint(name = "\"Uq Sku\"")}). Each is rendered in the quotes of the
 * database at hand. Any other name is unquoted and, as in SQL, compared without regard to case. A table
 * name may be qualified by a schema: {@code app.users}.
 */
public final class Names {

  private Names() {}

  /** Whether the name is quoted ({@code `name`} or {@code "name"}). */
  public static boolean isQuoted(String name) {
    return name.length() > 1 && isQuote(name.charAt(0)) && name.charAt(name.length() - 1) == name.charAt(0);
  }

  private static boolean isQuote(char c) {
    return c == '`' || c == '"';
  }

  /** The name without its quotes. */
  public static String bare(String name) {
    return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
  }

  /**
   * Whether two names denote the same object: quoted names exactly, unquoted ones ignoring case.
   * Qualified names are compared part by part, since each part may be quoted or not.
   */
  public static boolean same(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equals(b)) {
      return true;
    }
    if (a.indexOf('.') < 0 && b.indexOf('.') < 0) {
      return samePart(a, b);
    }
    List<String> as = parts(a);
    List<String> bs = parts(b);
    if (as.size() != bs.size()) {
      return false;
    }
    for (int i = 0; i < as.size(); i++) {
      if (!samePart(as.get(i), bs.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean samePart(String a, String b) {
    if (isQuoted(a) || isQuoted(b)) {
      return bare(a).equals(bare(b));
    }
    return a.equalsIgnoreCase(b);
  }

  /**
   * A hash that names {@link #same} as each other share: the name's characters without quotes, case folded as
   * {@link String#equalsIgnoreCase} folds it, code point by code point. Different names may share one too.
   */
  public static int foldedHash(String name) {
    int hash = 0;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (c != '`' && c != '"') {
        hash = 31 * hash + Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return hash;
  }

  /** Whether two name lists denote the same columns in the same order. */
  public static boolean sameList(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A key under which equal names collide: useful for maps of names. */
  public static String key(String name) {
    if (name.indexOf('.') < 0) {
      return keyPart(name);
    }
    return String.join(".", parts(name).stream().map(Names::keyPart).toList());
  }

  private static String keyPart(String name) {
    return isQuoted(name) ? name : name.toLowerCase(Locale.ROOT);
  }

  /** The parts of a possibly schema-qualified name, split on dots outside backticks. */
  public static List<String> parts(String qualifiedName) {
    java.util.ArrayList<String> parts = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (char c : qualifiedName.toCharArray()) {
      if (quote == 0 && isQuote(c)) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      boolean inQuotes = quote != 0;
      if (c == '.' && !inQuotes) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return List.copyOf(parts);
  }

  /** What qualifies a name: {@code app} of {@code app.users}; empty for an unqualified name. */
  public static java.util.Optional<String> qualifier(String qualifiedName) {
    List<String> parts = parts(qualifiedName);
    return parts.size() == 1
        ? java.util.Optional.empty()
        : java.util.Optional.of(String.join(".", parts.subList(0, parts.size() - 1)));
  }

  /**
   * A made-up name the way Hibernate makes them: the prefix, then the MD5 of the text in base 35. The same
   * text always gives the same name, and the name stays within 30 characters (older Oracle).
   */
  public static String hashed(String prefix, String text) {
    try {
      byte[] hash = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      return prefix + new BigInteger(1, hash).toString(35);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this Java runtime", e);
    }
  }

  static <T> List<T> append(List<T> list, T element) {
    java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
    copy.add(element);
    return List.copyOf(copy);
  }

  static String require(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " must have a name");
    }
    return name;
  }
}
