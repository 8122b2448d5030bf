package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void keepsEntitiesEmbeddablesAndSkipsPlainClasses(@TempDir Path dir) throws Exception {
    EntityScanner.Result result = EntityScanner.scan(FixtureClasses.copy("shop", dir), loader);

    assertThat(result.classes())
        .extracting(Class::getSimpleName)
        .containsExactly("Customer", "Order", "PostalAddress", "Product", "ShippingAddress");
    assertThat(result.entityCount()).isEqualTo(4);
    assertThat(result.unloadable()).isEmpty();
  }

  @Test
  void recordsClassesThatCannotBeLoadedAndSkipsModuleAndPackageInfo(@TempDir Path dir) throws Exception {
    FixtureClasses.copy("shop", dir);
    Path other = Files.createDirectories(dir.resolve("com/example"));
    byte[] namesEntity = "\u0001Ljakarta/persistence/Entity;".getBytes(StandardCharsets.US_ASCII);
    Files.write(other.resolve("Missing.class"), namesEntity);
    Files.write(other.resolve("package-info.class"), namesEntity);
    Files.write(dir.resolve("module-info.class"), namesEntity);

    EntityScanner.Result result = EntityScanner.scan(dir, loader);

    assertThat(result.unloadable()).containsExactly("com.example.Missing");
    assertThat(result.entityCount()).isEqualTo(4);
  }

  @Test
  void neverLoadsAClassWhoseFileNamesNoPersistenceType(@TempDir Path dir) throws Exception {
    FixtureClasses.copy("shop", dir);
    Path other = Files.createDirectories(dir.resolve("com/example"));
    Files.write(other.resolve("Unrelated.class"), "\u0001Ljava/lang/Object;".getBytes(StandardCharsets.US_ASCII));
    List<String> loaded = new ArrayList<>();
    ClassLoader recording = new ClassLoader(loader) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        loaded.add(name);
        return super.loadClass(name, resolve);
      }
    };

    EntityScanner.Result result = EntityScanner.scan(dir, recording);

    assertThat(result.entityCount()).isEqualTo(4);
    assertThat(result.unloadable()).isEmpty();
    // Neither Unrelated nor the fixture's Status enum, which names nothing of Jakarta Persistence
    assertThat(loaded).containsExactlyInAnyOrderElementsOf(result.classes().stream().map(Class::getName).toList());
  }

  @Test
  void findsNothingInAPackageWithoutMappedClasses(@TempDir Path dir) throws Exception {
    EntityScanner.Result result = EntityScanner.scan(FixtureClasses.copy("empty", dir), loader);

    assertThat(result.classes()).isEmpty();
    assertThat(result.entityCount()).isZero();
  }

  @Test
  void aMissingDirectoryHasNoClasses(@TempDir Path dir) {
    EntityScanner.Result result = EntityScanner.scan(dir.resolve("absent"), loader);

    assertThat(result.classes()).isEmpty();
    assertThat(result.unloadable()).isEmpty();
  }
}
