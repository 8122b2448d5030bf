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
 * Whether the compiled classes are what the sources compile to now, so that a goal run on its own can skip
 * building the project first. Judged from files alone, conservatively: the classes must be newer than every
 * file under {@code src/main} and the POM, and the compiler's own record of its inputs
 * ({@code maven-status/.../inputFiles.lst}) must name exactly the source files there are, so that an added or
 * deleted source also counts. Anything missing (a clean build, classes an IDE compiled) means building first.
 *
 * @param upToDate whether the classes can be read as they are
 * @param reason why not, or what was compared: one line for the build log
 */
public record CompiledState(boolean upToDate, String reason) {

  /** Where maven-compiler-plugin records the sources of its last main compilation. */
  static final Path COMPILER_INPUTS =
      Path.of("maven-status", "maven-compiler-plugin", "compile", "default-compile", "inputFiles.lst");

  /**
   * @param pom the project's POM
   * @param mainSources {@code src/main}: sources, resources, and whatever else the build reads there
   * @param sourceRoots the compile source roots
   * @param buildDirectory {@code target}
   * @param classes {@code target/classes}
   */
  public static CompiledState of(Path pom, Path mainSources, List<Path> sourceRoots, Path buildDirectory,
      Path classes) {
    Optional<Long> built = newest(classes);
    if (built.isEmpty()) {
      return new CompiledState(false, "no compiled classes in " + classes);
    }
    Path inputs = buildDirectory.resolve(COMPILER_INPUTS);
    if (!Files.isRegularFile(inputs)) {
      return new CompiledState(false, "no record of a Maven compilation (" + inputs.getFileName() + ")");
    }
    Optional<Path> changed = Stream.concat(Stream.of(pom), files(mainSources))
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
    Path shown = mainSources.getParent() == null ? mainSources
        : mainSources.getParent().getFileName().resolve(mainSources.getFileName());
    return new CompiledState(true, "the classes are newer than every file under " + shown + " and the POM");
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
