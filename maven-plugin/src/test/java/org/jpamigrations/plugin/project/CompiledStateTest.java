package org.jpamigrations.plugin.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a goal may read the compiled classes without building the project first. */
class CompiledStateTest {

  private static final String BUILT_WITH = "model=v2\nprofiles=[]\n";

  @TempDir
  Path project;

  private Path pom;
  private Path sources;
  private Path entity;
  private Path target;
  private Path classes;

  @BeforeEach
  void compiled() throws IOException {
    pom = write(project.resolve("pom.xml"), 1_000);
    sources = project.resolve("src/main/java");
    entity = write(sources.resolve("com/example/Note.java"), 1_000);
    write(project.resolve("src/main/resources/application.properties"), 1_000);
    target = project.resolve("target");
    classes = target.resolve("classes");
    write(classes.resolve("com/example/Note.class"), 2_000);
    Path inputs = target.resolve(CompiledState.COMPILER_INPUTS);
    Files.createDirectories(inputs.getParent());
    Files.writeString(inputs, entity.toAbsolutePath() + "\n");
    CompiledState.recordBuild(target, BUILT_WITH);
  }

  @Test
  void classesNewerThanEverySourceAreUpToDate() {
    assertThat(state()).isEqualTo(new CompiledState(true,
        "the classes are newer than the sources and the POM, and were built with the same properties and profiles"));
  }

  @Test
  void anEditedSourceResourceOrPomMeansBuilding() throws IOException {
    touch(entity, 3_000);
    assertThat(state()).isEqualTo(new CompiledState(false, "Note.java changed since the last build"));
    touch(entity, 1_000);
    touch(project.resolve("src/main/resources/application.properties"), 3_000);
    assertThat(state().reason()).isEqualTo("application.properties changed since the last build");
    touch(project.resolve("src/main/resources/application.properties"), 1_000);
    touch(pom, 3_000);
    assertThat(state().reason()).isEqualTo("pom.xml changed since the last build");
  }

  @Test
  void anAddedOrDeletedSourceMeansBuildingEvenWithAnOldTime() throws IOException {
    Path added = write(sources.resolve("com/example/Tag.java"), 500);
    assertThat(state().reason()).isEqualTo("Tag.java was added since the last build");
    Files.delete(added);
    Files.delete(entity);
    assertThat(state().reason()).isEqualTo("Note.java was deleted since the last build");
  }

  @Test
  void otherPropertiesOrAnotherSourceDirectoryMeanBuilding() throws IOException {
    // -Dmodel=v3 may pick other sources (a build-helper directory), which only a build adds to the roots.
    assertThat(CompiledState.of(project, pom, List.of(sources), target, classes, "model=v3\nprofiles=[]\n").reason())
        .isEqualTo("no goal has built it with these -D properties and profiles yet");
    write(project.resolve("src/model-v3/java/com/example/Note.java"), 3_000);
    assertThat(state().reason()).isEqualTo("Note.java changed since the last build");
  }

  @Test
  void testSourcesDoNotCount() throws IOException {
    write(project.resolve("src/test/java/com/example/NoteTest.java"), 3_000);
    assertThat(state().upToDate()).isTrue();
  }

  @Test
  void withoutClassesOrTheCompilersRecordItBuilds() throws IOException {
    Files.delete(target.resolve(CompiledState.COMPILER_INPUTS));
    assertThat(state().reason()).startsWith("no record of a Maven compilation");
    Files.delete(classes.resolve("com/example/Note.class"));
    assertThat(state().reason()).startsWith("no compiled classes");
  }

  private CompiledState state() {
    return CompiledState.of(project, pom, List.of(sources), target, classes, BUILT_WITH);
  }

  private static Path write(Path file, long modified) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    return touch(file, modified);
  }

  private static Path touch(Path file, long modified) throws IOException {
    return Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
  }
}
