package org.jpamigrations.it.scenario;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles sources with the JDK's compiler against the running class path (the test class path). */
final class Javac {

  private Javac() {}

  /** Compiles every {@code .java} file under the directory. */
  static void compileTree(Path sourceDirectory, Path output, Path... extraClassPath) {
    try (Stream<Path> files = Files.walk(sourceDirectory)) {
      compile(files.filter(f -> f.toString().endsWith(".java")).toList(), output, extraClassPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void compile(List<Path> sources, Path output, Path... extraClassPath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("No Java compiler: run the scenarios on a JDK, not a JRE");
    }
    StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
    for (Path extra : extraClassPath) {
      classPath.append(File.pathSeparator).append(extra);
    }
    List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-classpath", classPath.toString(),
        "-proc:none", "-nowarn", "-encoding", "UTF-8"));
    sources.forEach(s -> arguments.add(s.toString()));
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new AssertionError("javac failed for " + sources + ":\n" + errors);
    }
  }

}
