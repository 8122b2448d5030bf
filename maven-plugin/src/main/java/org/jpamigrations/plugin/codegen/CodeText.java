package org.jpamigrations.plugin.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Java code built with JavaPoet's format ({@code $L}, {@code $S}, {@code $T}, {@code $Z}, {@code $[}, {@code $]},
 * {@code $>}, {@code $<}, {@code $$}) that JavaPoet lays out exactly as the {@link CodeBlock} of the same format,
 * held as few parts as it can be: the text between the places JavaPoet must see itself (a wrapping point, a type
 * to import, a statement's bounds, an indent) is one part, with string literals escaped here as JavaPoet escapes
 * them. JavaPoet lays a file out part by part, twice (once to collect its imports), at a cost per part, and a
 * migration that creates hundreds of tables had tens of thousands of parts, about a quarter of what
 * {@code generate} spent beyond Hibernate's build.
 *
 * <p>A builder: {@link #add} appends to it, and a {@code CodeText} given as a {@code $L} argument is copied in.
 */
public final class CodeText {

  /** Where JavaPoet must see a placeholder itself: its format, and its argument or {@code null}. */
  private record Mark(String format, Object argument) {}

  /** Text (a {@code String}) and marks, in order; the text after the last mark waits in {@link #text}. */
  private final List<Object> parts = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  static CodeText of(String format, Object... arguments) {
    return new CodeText().add(format, arguments);
  }

  static CodeText statement(String format, Object... arguments) {
    return new CodeText().addStatement(format, arguments);
  }

  CodeText add(String format, Object... arguments) {
    int argument = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '$') {
        text.append(c);
        continue;
      }
      if (++i == format.length()) {
        throw new IllegalArgumentException("A $ ends the format: " + format);
      }
      char placeholder = format.charAt(i);
      switch (placeholder) {
        case 'L' -> literal(arguments[argument++]);
        case 'S' -> string((String) arguments[argument++]);
        case 'T' -> mark("$T", (TypeName) arguments[argument++]);
        case 'Z', '[', ']', '>', '<' -> mark("$" + placeholder, null);
        case '$' -> text.append('$');
        default -> throw new IllegalArgumentException("No $" + placeholder + " in code text: " + format);
      }
    }
    if (argument != arguments.length) {
      throw new IllegalArgumentException(
          "The format takes " + argument + " arguments, " + arguments.length + " were given: " + format);
    }
    return this;
  }

  /** The code as a statement: a semicolon and a line break after it, its continuation lines indented. */
  CodeText addStatement(String format, Object... arguments) {
    add("$[");
    add(format, arguments);
    return add(";\n$]");
  }

  CodeBlock build() {
    CodeBlock.Builder block = CodeBlock.builder();
    for (Object part : parts) {
      if (part instanceof Mark mark) {
        if (mark.argument() == null) {
          block.add(mark.format());
        } else {
          block.add(mark.format(), mark.argument());
        }
      } else {
        block.add("$L", part);
      }
    }
    if (!text.isEmpty()) {
      block.add("$L", text.toString());
    }
    return block.build();
  }

  private void literal(Object value) {
    if (value instanceof CodeText code) {
      for (Object part : code.parts) {
        if (part instanceof Mark mark) {
          mark(mark.format(), mark.argument());
        } else {
          text.append((String) part);
        }
      }
      text.append(code.text);
    } else {
      text.append(value);
    }
  }

  /**
   * A string literal, as JavaPoet writes one; a string with a line break is left to JavaPoet, which continues it
   * on the next line at the file's indent.
   */
  private void string(String value) {
    if (value == null) {
      text.append("null");
    } else if (value.indexOf('\n') >= 0) {
      mark("$S", value);
    } else {
      text.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '"' -> text.append("\\\"");
          case '\\' -> text.append("\\\\");
          case '\b' -> text.append("\\b");
          case '\t' -> text.append("\\t");
          case '\f' -> text.append("\\f");
          case '\r' -> text.append("\\r");
          default -> {
            if (Character.isISOControl(c)) {
              text.append(String.format("\\u%04x", (int) c));
            } else {
              text.append(c);
            }
          }
        }
      }
      text.append('"');
    }
  }

  private void mark(String format, Object argument) {
    if (!text.isEmpty()) {
      parts.add(text.toString());
      text.setLength(0);
    }
    parts.add(new Mark(format, argument));
  }
}
