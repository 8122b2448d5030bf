package org.jpamigrations.cli.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forms of --classpath: plain jars, directories, dir/*, and Spring Boot jars unpacked for the run. */
class ApplicationClassPathTest {

  @TempDir
  Path directory;

  @Test
  void aSpringBootJarIsUnpackedClassesFirstAndDeletedOnClose() throws Exception {
    Path lib = jar(directory.resolve("dependency.jar"), Map.of("dependency.txt", "from a nested jar"));
    Path other = jar(directory.resolve("other.jar"), Map.of("other.txt", "second"));
    Path boot = jar(directory.resolve("app.jar"), Map.of(
        "BOOT-INF/classes/app.txt", "the application's own",
        "BOOT-INF/classes/com/example/db/migrations/Readme.txt", "nested folder",
        "BOOT-INF/lib/other-1.0.jar", Files.readString(other, StandardCharsets.ISO_8859_1),
        "BOOT-INF/lib/dependency-1.0.jar", Files.readString(lib, StandardCharsets.ISO_8859_1),
        "BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/dependency-1.0.jar\"\n- \"BOOT-INF/lib/other-1.0.jar\"\n",
        "org/springframework/boot/loader/launch/JarLauncher.class", "not read"));

    Path unpacked;
    try (ApplicationClassPath classPath = ApplicationClassPath.open(boot.toString())) {
      List<URL> urls = classPath.urls();
      assertThat(urls).hasSize(3);
      assertThat(urls.get(0).getPath()).endsWith("/classes/");
      assertThat(urls.get(1).getPath()).endsWith("/lib/dependency-1.0.jar");
      assertThat(urls.get(2).getPath()).endsWith("/lib/other-1.0.jar");
      try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
        assertThat(text(loader, "app.txt")).isEqualTo("the application's own");
        assertThat(text(loader, "com/example/db/migrations/Readme.txt")).isEqualTo("nested folder");
        assertThat(text(loader, "dependency.txt")).isEqualTo("from a nested jar");
        assertThat(loader.getResource("org/springframework/boot/loader/launch/JarLauncher.class")).isNull();
      }
      unpacked = Path.of(urls.get(0).toURI()).getParent();
      assertThat(unpacked).exists();
    }
    assertThat(unpacked).doesNotExist();
  }

  @Test
  void aPlainJarAndADirectoryAreUsedAsTheyAre() throws Exception {
    Path jar = jar(directory.resolve("app.jar"), Map.of("com/example/App.txt", "plain"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    try (ApplicationClassPath classPath =
        ApplicationClassPath.open(jar + File.pathSeparator + classes + File.pathSeparator)) {
      assertThat(classPath.urls()).containsExactly(jar.toUri().toURL(), classes.toUri().toURL());
    }
  }

  @Test
  void aStarTakesEveryJarOfTheDirectory() throws Exception {
    Path lib = Files.createDirectories(directory.resolve("lib"));
    jar(lib.resolve("b.jar"), Map.of("b.txt", "b"));
    jar(lib.resolve("a.jar"), Map.of("a.txt", "a"));
    Files.writeString(lib.resolve("notes.txt"), "not a jar");
    try (ApplicationClassPath classPath = ApplicationClassPath.open(lib + File.separator + "*")) {
      assertThat(classPath.urls()).extracting(url -> url.getPath().substring(url.getPath().lastIndexOf('/') + 1))
          .containsExactly("a.jar", "b.jar");
    }
  }

  @Test
  void aMissingEntryIsNamed() {
    assertThatThrownBy(() -> ApplicationClassPath.open(directory.resolve("missing.jar").toString()))
        .isInstanceOf(ApplicationClassPath.InvalidClassPathException.class)
        .hasMessageContaining("missing.jar does not exist");
    assertThatThrownBy(() -> ApplicationClassPath.open(directory.resolve("nolib") + File.separator + "*"))
        .isInstanceOf(ApplicationClassPath.InvalidClassPathException.class)
        .hasMessageContaining("names no directory");
  }

  @Test
  void anEntryOutsideItsFolderIsRefused() throws Exception {
    Path evil = jar(directory.resolve("evil.jar"), Map.of("BOOT-INF/classes/../../escaped.txt", "no"));
    assertThatThrownBy(() -> ApplicationClassPath.open(evil.toString()))
        .hasMessageContaining("points outside its folder");
  }

  private static String text(ClassLoader loader, String name) throws IOException {
    try (var in = loader.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A jar of the entries; content given as text, ISO-8859-1 for a nested jar's bytes. */
  private static Path jar(Path path, Map<String, String> entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(file)) {
      for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
        jar.putNextEntry(new JarEntry(entry.getKey()));
        jar.write(entry.getValue().getBytes(entry.getKey().endsWith(".jar")
            ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    }
    return path;
  }
}
