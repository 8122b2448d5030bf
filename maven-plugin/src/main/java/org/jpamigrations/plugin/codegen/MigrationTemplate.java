package org.jpamigrations.plugin.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpamigrations.migration.MigrationException;

/**
 * The team's template for new migration files, {@value #FILE_NAME} in the migrations package's
 * source directory: the generated class is laid into it through the placeholders {@code ${package}},
 * {@code ${imports}}, {@code ${javadoc}}, {@code ${annotations}}, {@code ${className}}, {@code ${up}}
 * and {@code ${down}}. A placeholder alone on its line, after indentation, indents every line of its
 * value the same way, so {@code ${up}} inside a method body stays indented.
 */
public final class MigrationTemplate {

  public static final String FILE_NAME = "migration.java.template";

  /** The template {@code migrations:init} writes: what the writer produces without a template. */
  public static final String DEFAULT = """
      package ${package};

      ${imports}

      ${javadoc}
      ${annotations}
      public final class ${className} implements Migration {

          @Override
          public void up(Operations op) {
              ${up}
          }

          @Override
          public void down(Operations op) {
              ${down}
          }
      }
      """;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

  private final Path file;
  private final String text;

  private MigrationTemplate(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  /** The template in the directory, if there is one. */
  public static Optional<MigrationTemplate> in(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      // Read with \n line ends whatever the file has: the written migration gets the project's (SourceStyle).
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
      return Optional.of(new MigrationTemplate(file, text));
    } catch (IOException e) {
      throw new MigrationException("Cannot read the migration template " + file + ": " + e.getMessage()
          + ". Check that it is readable, or delete it to use the built-in layout.", e);
    }
  }

  static MigrationTemplate of(String text) {
    return new MigrationTemplate(Path.of(FILE_NAME), text);
  }

  /** Lays the generated class ({@code JavaFile.toString()} of the writer) into the template. */
  String render(String generated) {
    Map<String, String> values = parts(generated);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher alone = Pattern.compile("^(\\s*)\\$\\{([A-Za-z]+)}\\s*$").matcher(line);
      if (alone.matches() && values.containsKey(alone.group(2))) {
        String value = values.get(alone.group(2));
        String indent = alone.group(1);
        if (value.isEmpty()) {
          // an empty block leaves no blank line behind
          continue;
        }
        for (String valueLine : value.split("\n", -1)) {
          out.append(valueLine.isEmpty() ? "" : indent + valueLine).append('\n');
        }
        continue;
      }
      Matcher placeholders = PLACEHOLDER.matcher(line);
      StringBuilder replaced = new StringBuilder();
      while (placeholders.find()) {
        String value = values.get(placeholders.group(1));
        if (value == null) {
          throw new MigrationException("The migration template " + file + " uses the unknown placeholder "
              + placeholders.group() + ". Use " + String.join(", ", values.keySet().stream()
              .map(k -> "${" + k + "}").toList()) + ".");
        }
        placeholders.appendReplacement(replaced, Matcher.quoteReplacement(value));
      }
      placeholders.appendTail(replaced);
      out.append(replaced).append('\n');
    }
    String rendered = out.toString();
    // split() kept the text's final newline as an empty last line: do not double it
    return rendered.endsWith("\n\n") && !text.endsWith("\n\n") ? rendered.substring(0, rendered.length() - 1)
        : rendered;
  }

  /** The pieces of the writer's own output, which has one fixed layout. */
  static Map<String, String> parts(String generated) {
    List<String> lines = List.of(generated.split("\n"));
    Map<String, String> values = new LinkedHashMap<>();
    String packageLine = lines.stream().filter(l -> l.startsWith("package ")).findFirst().orElse("package ;");
    values.put("package", packageLine.substring("package ".length(), packageLine.length() - 1));
    values.put("imports", String.join("\n", lines.stream().filter(l -> l.startsWith("import ")).toList()));
    int classLine = indexOf(lines, 0, l -> l.startsWith("public final class "));
    int docStart = indexOf(lines, 0, l -> l.equals("/**"));
    int docEnd = docStart < 0 ? -1 : indexOf(lines, docStart, l -> l.equals(" */"));
    values.put("javadoc", docStart < 0 || docEnd > classLine ? "" : String.join("\n", lines.subList(docStart, docEnd + 1)));
    int annotationsFrom = docEnd >= 0 && docEnd < classLine ? docEnd + 1 : indexOf(lines, 0, l -> l.startsWith("@"));
    values.put("annotations", String.join("\n", lines.subList(annotationsFrom, classLine)));
    String declaration = lines.get(classLine);
    values.put("className", declaration.substring("public final class ".length()).split("\\s")[0]);
    values.put("up", body(lines, "public void up("));
    values.put("down", body(lines, "public void down("));
    return values;
  }

  /** The statements of a method, without the method's own indentation. */
  private static String body(List<String> lines, String signature) {
    int start = indexOf(lines, 0, l -> l.strip().startsWith(signature));
    String indent = lines.get(start).substring(0, lines.get(start).indexOf(signature));
    int end = indexOf(lines, start + 1, l -> l.equals(indent + "}"));
    List<String> body = new ArrayList<>();
    String inner = indent + indent;
    for (String line : lines.subList(start + 1, end)) {
      body.add(line.startsWith(inner) ? line.substring(inner.length()) : line.strip());
    }
    return String.join("\n", body);
  }

  private static int indexOf(List<String> lines, int from, java.util.function.Predicate<String> test) {
    for (int i = from; i < lines.size(); i++) {
      if (test.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
