package org.jpamigrations.plugin.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ec4j.core.Cache;
import org.ec4j.core.EditorConfigLoader;
import org.ec4j.core.Resource;
import org.ec4j.core.ResourceProperties;
import org.ec4j.core.ResourcePropertiesService;
import org.ec4j.core.model.PropertyType;
import org.ec4j.core.model.PropertyType.EndOfLineValue;
import org.ec4j.core.model.PropertyType.IndentStyleValue;
import org.jpamigrations.migration.MigrationException;

/**
 * How the project lays out its Java files, as its {@code .editorconfig} says (read with ec4j, the library the
 * editorconfig Maven and Gradle plugins use): the indentation, the line ending, the final newline, the longest line.
 * The files this plugin writes follow it, so that they pass the project's own checks; without an
 * {@code .editorconfig}, four spaces and {@code \n}.
 *
 * @param indent one level of indentation: spaces or a tab
 * @param lineSeparator {@code \n}, {@code \r\n} or {@code \r}
 * @param finalNewline whether the file ends with a line separator
 * @param maxLineLength the longest line comments are wrapped to
 */
public record SourceStyle(String indent, String lineSeparator, boolean finalNewline, int maxLineLength) {

  public static final SourceStyle DEFAULT = new SourceStyle("    ", "\n", true, 120);

  /** The style of a Java file at {@code file}, which need not exist yet. */
  public static SourceStyle of(Path file) {
    if (!anyEditorConfig(file.toAbsolutePath())) {
      return DEFAULT; // most projects have none: ec4j, its model and its parser stay unloaded
    }
    ResourceProperties properties;
    try {
      properties = ResourcePropertiesService.builder()
          .cache(Cache.Caches.none())
          .loader(EditorConfigLoader.default_())
          .build()
          .queryProperties(Resource.Resources.ofPath(file.toAbsolutePath(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new MigrationException("Cannot read the .editorconfig that applies to " + file + ": " + e.getMessage()
          + ". Fix its syntax, or remove it.", e);
    }
    IndentStyleValue style = properties.getValue(PropertyType.indent_style, null, false);
    Integer size = number(properties, PropertyType.indent_size.getName());
    EndOfLineValue ending = properties.getValue(PropertyType.end_of_line, null, false);
    Boolean finalNewline = properties.getValue(PropertyType.insert_final_newline, null, false);
    Integer max = number(properties, PropertyType.max_line_length.getName());
    String indent = style == IndentStyleValue.tab ? "\t" : " ".repeat(size == null || size < 1 ? 4 : size);
    String separator = ending == null ? DEFAULT.lineSeparator() : switch (ending) {
      case crlf -> "\r\n";
      case cr -> "\r";
      case lf -> "\n";
    };
    return new SourceStyle(indent, separator, finalNewline == null || finalNewline,
        max == null || max < 40 ? DEFAULT.maxLineLength() : max);
  }

  /** Whether a directory above the file holds an {@code .editorconfig}, the only place one is looked for. */
  private static boolean anyEditorConfig(Path file) {
    for (Path directory = file.getParent(); directory != null; directory = directory.getParent()) {
      if (Files.exists(directory.resolve(".editorconfig"))) {
        return true;
      }
    }
    return false;
  }

  /** A numeric property, or {@code null} when it is unset or a word ({@code indent_size = tab}, {@code off}). */
  private static Integer number(ResourceProperties properties, String name) {
    Object value = properties.getValue(name, null, false);
    String text = value == null ? "" : value.toString().strip();
    return text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
  }

  /**
   * A text laid out with four spaces (or a tab) a level and {@code \n}, in this style: leading groups of four
   * spaces become the indent, lines end with the separator, the last one as {@code insert_final_newline} says.
   */
  public String apply(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    int last = lines.length;
    while (last > 0 && lines[last - 1].isEmpty()) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      String line = lines[i].stripTrailing();
      // Leading tabs count as a level each: a template this style wrote may hold them already.
      int at = 0;
      int columns = 0;
      for (; at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t'); at++) {
        columns += line.charAt(at) == '\t' ? 4 : 1;
      }
      out.append(indent.repeat(columns / 4)).append(" ".repeat(columns % 4)).append(line.substring(at));
      if (i < last - 1 || finalNewline) {
        out.append(lineSeparator);
      }
    }
    return out.toString();
  }
}
