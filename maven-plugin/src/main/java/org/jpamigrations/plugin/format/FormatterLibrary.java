package org.jpamigrations.plugin.format;

import java.util.List;
import org.jpamigrations.plugin.codegen.ProjectFormatter;

/** A formatter as the project's build configures it: the artifacts that hold it, and how to run it from them. */
public sealed interface FormatterLibrary permits SpringJavaFormat, GoogleJavaFormat, PalantirJavaFormat {

  /** The formatter and its version, for messages: {@code google-java-format 1.28.0}. */
  String name();

  /** The command that formats the project's files with it, for when the plugin could not: {@code mvn spotless:apply}. */
  String applyCommand();

  /** What to resolve for its class path. */
  List<LibraryArtifact> artifacts();

  /** The formatter, run from a class loader over the resolved artifacts. */
  ProjectFormatter load(ClassLoader loader) throws ReflectiveOperationException;

  /**
   * An artifact to resolve with its dependencies.
   *
   * @param coordinates {@code groupId:artifactId:version}
   * @param exclusions {@code groupId:artifactId} of dependencies to leave out, {@code *:*} for all
   */
  record LibraryArtifact(String coordinates, List<String> exclusions) {

    public static LibraryArtifact of(String coordinates, String... exclusions) {
      return new LibraryArtifact(coordinates, List.of(exclusions));
    }
  }
}
