package org.jpamigrations.plugin.codegen;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The project's own Java formatter (spring-javaformat, google-java-format, palantir-java-format), run on every file
 * the plugin writes: the projects' checks compare a file with that formatter's output, so only its own output passes.
 */
public interface ProjectFormatter {

  /** No formatter: the files keep the layout of the template and the {@code .editorconfig}. */
  ProjectFormatter NONE = named("none", source -> source);

  /** A formatter of that name that runs the function. */
  static ProjectFormatter named(String name, Formatting formatting) {
    return new ProjectFormatter() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String format(String source) throws Exception {
        return formatting.format(source);
      }
    };
  }

  /** What a formatter does to a source; it may fail. */
  @FunctionalInterface
  interface Formatting {
    String format(String source) throws Exception;
  }

  /** The formatter and its version, for messages. */
  String name();

  /**
   * The source as the formatter lays it out.
   *
   * @throws Exception when the formatter fails: the source does not parse, or the formatter does not run here
   */
  String format(String source) throws Exception;

  /** The source formatted, or as it is when the formatter fails, with one warning naming the file and the cause. */
  default String formatOrKeep(String source, Path file, Consumer<String> warn) {
    try {
      return format(source);
    } catch (Exception | LinkageError e) {
      warn.accept("Wrote " + file.getFileName() + " unformatted: " + name() + " failed on it (" + reason(e)
          + "). Run the project's formatter on it before the build checks it.");
      return source;
    }
  }

  /** What went wrong in a formatter, which is mostly called by reflection: the cause, not its wrapper. */
  static String reason(Throwable failure) {
    Throwable cause = failure instanceof InvocationTargetException && failure.getCause() != null
        ? failure.getCause() : failure;
    return cause.getMessage() == null || cause.getMessage().isBlank() ? cause.toString() : cause.getMessage();
  }
}
