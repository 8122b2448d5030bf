package org.jpamigrations.plugin.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether the compiled classes are what a build would compile now, so that a goal run on its own can skip
 * building the project first. Judged from files alone, conservatively. The classes must be newer than the POM and
 * every file under {@code src} but {@code src/test} (sources, resources, and what build plugins read there); the
 * compiler's own record of its inputs ({@code maven-status/.../inputFiles.lst}) must name exactly the source files
 * there are, so that an added or deleted source counts; and the last build this plugin ran must have had the same
 * command-line properties and profiles, which may choose other sources. Anything missing (a clean build, classes
 * an IDE compiled) means building first.
 *
 * @param upToDate whether the classes can be read as they are
 * @param reason why not, or what was compared: one line for the build log
 */
public record CompiledState(boolean upToDate, String reason) {

  /** Where maven-compiler-plugin records the sources of its last main compilation. */
  static final Path COMPILER_INPUTS = PluginStatus.MAVEN_STATUS.resolve(
      Path.of("maven-compiler-plugin", "compile", "default-compile", "inputFiles.lst"));

  /**
   * @param basedir the project's directory, whose {@code src} holds what the build reads
   * @param pom the project's POM
   * @param sourceRoots the compile source roots
   * @param buildDirectory {@code target}
   * @param classes {@code target/classes}
   * @param buildInputs the command line's properties and profiles, as {@link #recordBuild} stores them
   */
  public static CompiledState of(Path basedir, Path pom, List<Path> sourceRoots, Path buildDirectory,
      Path classes, String buildInputs) {
    Optional<Long> built = newest(classes);
    if (built.isEmpty()) {
      return new CompiledState(false, "no compiled classes in " + classes);
    }
    Path inputs = buildDirectory.resolve(COMPILER_INPUTS);
    if (!Files.isRegularFile(inputs)) {
      return new CompiledState(false, "no record of a Maven compilation (" + inputs.getFileName() + ")");
    }
    Path stamp = buildDirectory.resolve(PluginStatus.BUILD_INPUTS);
    if (!Files.isRegularFile(stamp) || !read(stamp).equals(buildInputs)) {
      return new CompiledState(false, "no goal has built it with these -D properties and profiles yet");
    }
    Optional<Path> changed = Stream.concat(Stream.of(pom), filesBesideTests(basedir.resolve("src")))
        .filter(file -> modified(file) > built.get())
        .findFirst();
    if (changed.isPresent()) {
      return new CompiledState(false, changed.get().getFileName() + " changed since the last build");
    }
    Set<Path> compiled = compiledSources(inputs);
    Set<Path> sources = sourceRoots.stream().flatMap(CompiledState::files)
        .filter(file -> file.toString().endsWith(".java"))
        .map(CompiledState::normal)
        .collect(Collectors.toSet());
    Set<Path> added = new HashSet<>(sources);
    added.removeAll(compiled);
    if (!added.isEmpty()) {
      return new CompiledState(false, added.iterator().next().getFileName() + " was added since the last build");
    }
    Optional<Path> deleted = compiled.stream().filter(file -> !Files.exists(file)).findFirst();
    if (deleted.isPresent()) {
      return new CompiledState(false, deleted.get().getFileName() + " was deleted since the last build");
    }
    return new CompiledState(true, "the classes are newer than the sources and the POM, and were built with the"
        + " same properties and profiles");
  }

  /** Records the properties and profiles of a build that just made the classes. */
  public static void recordBuild(Path buildDirectory, String buildInputs) {
    Path stamp = buildDirectory.resolve(PluginStatus.BUILD_INPUTS);
    try {
      Files.createDirectories(stamp.getParent());
      Files.writeString(stamp, buildInputs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  private static Set<Path> compiledSources(Path inputs) {
    try (Stream<String> lines = Files.lines(inputs)) {
      return lines.map(String::strip).filter(line -> !line.isEmpty()).map(Path::of).map(CompiledState::normal)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Long> newest(Path directory) {
    return files(directory).map(CompiledState::modified).max(Long::compare);
  }

  /** The files under {@code src}, without reading {@code src/test}, which a goal run on its own never reads. */
  private static Stream<Path> filesBesideTests(Path src) {
    if (!Files.isDirectory(src)) {
      return Stream.empty();
    }
    try (Stream<Path> children = Files.list(src)) {
      return children.filter(child -> !child.getFileName().toString().equals("test")).toList().stream()
          .flatMap(child -> Files.isDirectory(child) ? files(child) : Stream.of(child));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> files(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE; // unreadable: count it as changed
    }
  }

  private static Path normal(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
