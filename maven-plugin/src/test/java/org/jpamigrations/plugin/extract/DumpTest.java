package org.jpamigrations.plugin.extract;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpTest {
  @Test
  void dump(@TempDir Path dir) throws Exception {
    var schema = MappingReader.read(FixtureClasses.copy("shop", dir), getClass().getClassLoader(), Map.of());
    schema.tables().forEach(t -> {
      System.out.println("TABLE " + t.name() + " pk=" + t.primaryKey() + " comment=" + t.comment());
      t.columns().forEach(c -> System.out.println("   " + c));
      t.uniqueConstraints().forEach(c -> System.out.println("   " + c));
      t.foreignKeys().forEach(c -> System.out.println("   " + c));
      t.indexes().forEach(c -> System.out.println("   " + c));
    });
    schema.sequences().forEach(System.out::println);
  }
}
