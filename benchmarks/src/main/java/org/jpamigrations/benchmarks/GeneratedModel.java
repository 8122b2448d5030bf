package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A compiled model of N entities, each with a handful of typical columns, an index and a foreign key
 * to the one before it: a mid-sized application's mapping, of a chosen size.
 */
record GeneratedModel(int entities, Path classes, List<String> classNames) {

  static final String PACKAGE = "bench.model";

  static GeneratedModel create(int entities, Path directory) throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/" + PACKAGE.replace('.', '/')));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    List<String> files = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= entities; i++) {
      Path file = sources.resolve("Entity" + i + ".java");
      Files.writeString(file, source(i));
      files.add(file.toString());
      names.add(PACKAGE + ".Entity" + i);
    }
    compile(classes, files);
    return new GeneratedModel(entities, classes, names);
  }

  /** The model {@link #create} compiled into {@code classes} before. */
  static GeneratedModel compiled(int entities, Path classes) {
    return new GeneratedModel(entities, classes,
        IntStream.rangeClosed(1, entities).mapToObj(i -> PACKAGE + ".Entity" + i).toList());
  }

  static void compile(Path classes, List<String> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of(
        "-d", classes.toString(), "-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator + classes));
    arguments.addAll(files);
    if (javac.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("Cannot compile " + files.size() + " benchmark sources");
    }
  }

  private static String source(int i) {
    String parent = i == 1 ? "" : """
          @ManyToOne(fetch = FetchType.LAZY)
          private Entity%d parent;
        """.formatted(i - 1);
    return """
        package %s;

        import jakarta.persistence.*;
        import java.math.BigDecimal;
        import java.time.LocalDateTime;

        @Entity
        @Table(indexes = @Index(name = "idx_entity%d_code", columnList = "code"))
        public class Entity%d {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;
          @Column(nullable = false, length = 100)
          private String name;
          @Column(unique = true, length = 40)
          private String code;
          @Column(precision = 12, scale = 2)
          private BigDecimal amount;
          private LocalDateTime createdAt;
          private boolean active;
          private int quantity;
          @Column(length = 2000)
          private String description;
        %s}
        """.formatted(PACKAGE, i, i, parent);
  }
}
