package org.jpamigrations.plugin.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.codegen.MigrationTemplate;
import org.jpamigrations.plugin.codegen.ProjectFormatter;
import org.jpamigrations.plugin.codegen.SourceStyle;

/** Creates the migrations package in a project's sources. */
public final class InitCommand {

  private final ProjectFormatter formatter;

  /** Writes package-info.java as the template and the {@code .editorconfig} lay it out. */
  public InitCommand() {
    this(ProjectFormatter.NONE);
  }

  /** @param formatter the project's formatter, run on package-info.java */
  public InitCommand(ProjectFormatter formatter) {
    this.formatter = formatter;
  }

  /**
   * @param sourceRoot the project's main Java source root
   * @param packageName the migrations package
   * @param hasApiDependency whether the project already depends on the migration API
   * @param apiVersion the version of the migration API to suggest when it does not
   */
  public record Request(Path sourceRoot, String packageName, boolean hasApiDependency, String apiVersion) {}

  /** Creates the package and returns its directory. */
  public Path run(Request request, Reporter reporter) {
    Path directory = request.sourceRoot().resolve(request.packageName().replace('.', '/'));
    Path packageInfo = directory.resolve("package-info.java");
    try {
      if (Files.exists(packageInfo) || containsJava(directory)) {
        throw new MigrationException("The migrations package " + request.packageName() + " already exists in "
            + directory + "; init leaves it as it is. Run mvn migrations:generate to add a migration.");
      }
      Files.createDirectories(directory);
      SourceStyle style = SourceStyle.of(packageInfo);
      Files.writeString(packageInfo,
          formatter.formatOrKeep(style.apply(packageInfo(request.packageName())), packageInfo, reporter::warn));
      Files.writeString(directory.resolve(MigrationTemplate.FILE_NAME), style.apply(MigrationTemplate.DEFAULT));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + directory, e);
    }
    reporter.info("Created the migrations package " + request.packageName() + " in " + directory);
    reporter.info("New migrations are laid out by " + directory.resolve(MigrationTemplate.FILE_NAME)
        + ": edit it to add a header, a license or imports");
    if (!request.hasApiDependency()) {
      reporter.warn("Migrations compile with the project: add this dependency to the pom before you generate one:");
      for (String line : dependencySnippet(request.apiVersion()).split("\n")) {
        reporter.warn(line);
      }
    }
    reporter.info("Next: mvn migrations:generate -Dmigrations.message=\"create tables\"");
    return directory;
  }

  private static boolean containsJava(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (var files = Files.list(directory)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    }
  }

  static String dependencySnippet(String version) {
    return """
        <dependency>
          <groupId>org.jpamigrations</groupId>
          <artifactId>migrations-annotation-model</artifactId>
          <version>%s</version>
        </dependency>""".formatted(version);
  }

  private static String packageInfo(String packageName) {
    return """
        /**
         * Database migrations, oldest to newest by revision id.
         *
         * <p>Each class here is one step of the schema's history. Generate a new one after changing the
         * entities with {@code mvn migrations:generate -Dmigrations.message="..."}, review it, and commit
         * it with the entity change. Apply them with {@code mvn migrations:upgrade}; undo the last one with
         * {@code mvn migrations:downgrade}. Do not edit a migration once it has been applied to a shared
         * database: add a new one instead.
         */
        package %s;
        """.formatted(packageName);
  }
}
