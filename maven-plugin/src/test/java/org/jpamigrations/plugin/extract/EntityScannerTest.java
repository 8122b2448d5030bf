package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    Files.write(other.resolve("Missing.class"), new byte[] {1, 2, 3});
    Files.write(other.resolve("package-info.class"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("module-info.class"), new byte[] {1, 2, 3});

    EntityScanner.Result result = EntityScanner.scan(dir, loader);

    assertThat(result.unloadable()).containsExactly("com.example.Missing");
    assertThat(result.entityCount()).isEqualTo(4);
  }

  @Test
  void findsNothingInAPackageWithoutMappedClasses(@TempDir Path dir) throws Exception {
    EntityScanner.Result result = EntityScanner.scan(FixtureClasses.copy("empty", dir), loader);

    assertThat(result.classes()).isEmpty();
    assertThat(result.entityCount()).isZero();
  }

  @Test
  void aMissingDirectoryHasNoClasses(@TempDir Path dir) {
    assertThat(EntityScanner.classNames(dir.resolve("absent"))).isEmpty();
  }
}
