package org.jpamigrations.it.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Writes a scenario for {@link EvolutionDriver} drawn from a seed: random entities in {@code v1}, then random
 * evolutions of them, with a row inserted into every table after each version. The same seed always writes
 * the same scenario, so a failure is reproduced by its seed.
 *
 * <p>The evolutions stay where a migration can keep the rows without a person's help: fields are added
 * nullable (a NOT NULL one only with a new entity), strings widen, NOT NULL is relaxed, indexes and unique
 * keys come and go, and entities are added and dropped (one that another references is kept). Dropping a
 * field or an entity is destructive, which the driver accepts for the step that the migration flags.
 */
public final class RandomScenario {

  /** The kinds of field, with their Java type and a literal for row {@code id}. */
  private enum Kind {
    STRING("String"), INT("Integer"), LONG("Long"), BOOL("Boolean"), DECIMAL("java.math.BigDecimal"),
    DATE("java.time.LocalDate"), TIMESTAMP("java.time.LocalDateTime"), ENUM(null);

    final String javaType;

    Kind(String javaType) {
      this.javaType = javaType;
    }

    boolean canBeUnique() {
      return this == STRING || this == INT || this == LONG;
    }
  }

  private record Field(String name, Kind kind, int length, boolean nullable, boolean unique, boolean indexed) {
    Field widened() {
      return new Field(name, kind, length + 20, nullable, unique, indexed);
    }

    Field relaxed() {
      return new Field(name, kind, length, true, unique, indexed);
    }

    Field withIndex(boolean index) {
      return new Field(name, kind, length, nullable, unique, index);
    }

    Field withUnique(boolean key) {
      return new Field(name, kind, length, nullable, key, indexed);
    }
  }

  /** {@code parent} is the entity a nullable many-to-one points to, or {@code null}. */
  private record Entity(int number, List<Field> fields, Integer parent) {
    String className() {
      return "Thing" + number;
    }

    String table() {
      return "thing_" + number;
    }
  }

  private final Random random;
  private final List<Entity> entities = new ArrayList<>();
  private int nextEntity = 1;
  private int nextField = 1;

  private RandomScenario(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code versions} versions of the scenario of {@code seed} into {@code directory}. */
  public static Path write(long seed, int versions, Path directory) throws IOException {
    RandomScenario scenario = new RandomScenario(seed);
    scenario.entities.add(scenario.newEntity());
    if (scenario.random.nextBoolean()) {
      scenario.entities.add(scenario.newEntity());
    }
    for (int version = 1; version <= versions; version++) {
      if (version > 1) {
        int changes = 1 + scenario.random.nextInt(3);
        List<Entity> before = List.copyOf(scenario.entities);
        // A drawn change may leave the model as it was (a field already nullable): draw until one shows.
        for (int i = 0; i < changes || scenario.entities.equals(before); i++) {
          scenario.evolve();
        }
      }
      scenario.writeVersion(directory.resolve("v" + version), version);
    }
    return directory;
  }

  private Entity newEntity() {
    List<Field> fields = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      fields.add(newField(random.nextInt(3) == 0));
    }
    Integer parent = !entities.isEmpty() && random.nextBoolean()
        ? entities.get(random.nextInt(entities.size())).number() : null;
    return new Entity(nextEntity++, fields, parent);
  }

  private Field newField(boolean notNull) {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    boolean unique = kind.canBeUnique() && random.nextInt(4) == 0;
    boolean indexed = !unique && random.nextInt(4) == 0;
    return new Field("f" + nextField++, kind, 20 + random.nextInt(40), !notNull, unique, indexed);
  }

  private void evolve() {
    int which = random.nextInt(entities.size());
    Entity entity = entities.get(which);
    List<Field> fields = new ArrayList<>(entity.fields());
    switch (random.nextInt(8)) {
      case 0 -> entities.add(newEntity());
      case 1 -> {
        boolean referenced = entities.stream().anyMatch(e -> Integer.valueOf(entity.number()).equals(e.parent()));
        if (entities.size() > 1 && !referenced) {
          entities.remove(which);
        }
        return;
      }
      case 2 -> fields.add(newField(false));
      case 3 -> {
        if (fields.size() > 1) {
          fields.remove(random.nextInt(fields.size()));
        }
      }
      default -> {
        int at = random.nextInt(fields.size());
        Field field = fields.get(at);
        fields.set(at, switch (random.nextInt(4)) {
          case 0 -> field.kind() == Kind.STRING ? field.widened() : field.relaxed();
          case 1 -> field.relaxed();
          case 2 -> field.withIndex(!field.indexed() && !field.unique());
          default -> field.kind().canBeUnique() ? field.withUnique(!field.unique()).withIndex(false) : field.relaxed();
        });
      }
    }
    if (entities.contains(entity)) {
      entities.set(entities.indexOf(entity), new Entity(entity.number(), fields, entity.parent()));
    }
  }

  private void writeVersion(Path version, int row) throws IOException {
    Path sources = version.resolve("java/com/example/random");
    Files.createDirectories(sources);
    StringBuilder seed = new StringBuilder();
    for (Entity entity : entities) {
      Files.writeString(sources.resolve(entity.className() + ".java"), source(entity));
      for (Field field : entity.fields()) {
        if (field.kind() == Kind.ENUM) {
          Files.writeString(sources.resolve(enumName(entity, field) + ".java"),
              "package com.example.random;\n\npublic enum " + enumName(entity, field) + " { RED, GREEN, BLUE }\n");
        }
      }
      seed.append(insert(entity, row)).append('\n');
    }
    Files.writeString(version.resolve("seed.sql"), seed.toString());
  }

  private static String enumName(Entity entity, Field field) {
    return "Color" + entity.number() + "_" + field.name();
  }

  private String source(Entity entity) {
    List<String> indexes = entity.fields().stream().filter(Field::indexed)
        .map(f -> "@Index(name = \"ix_" + entity.number() + "_" + f.name() + "\", columnList = \"" + f.name() + "\")")
        .toList();
    StringBuilder java = new StringBuilder("package com.example.random;\n\nimport jakarta.persistence.*;\n\n@Entity\n")
        .append("@Table(name = \"").append(entity.table()).append('"')
        .append(indexes.isEmpty() ? "" : ", indexes = {" + String.join(", ", indexes) + "}").append(")\n")
        .append("public class ").append(entity.className()).append(" {\n  @Id\n  Long id;\n");
    for (Field field : entity.fields()) {
      java.append("\n  @Column(").append("nullable = ").append(field.nullable());
      if (field.unique()) {
        java.append(", unique = true");
      }
      if (field.kind() == Kind.STRING) {
        java.append(", length = ").append(field.length());
      }
      if (field.kind() == Kind.DECIMAL) {
        java.append(", precision = 10, scale = 2");
      }
      java.append(")\n");
      if (field.kind() == Kind.ENUM) {
        java.append("  @Enumerated(EnumType.STRING)\n  ").append(enumName(entity, field));
      } else {
        java.append("  ").append(field.kind().javaType);
      }
      java.append(' ').append(field.name()).append(";\n");
    }
    if (entity.parent() != null) {
      java.append("\n  @ManyToOne\n  Thing").append(entity.parent()).append(" parent;\n");
    }
    return java.append("}\n").toString();
  }

  /** A row {@code id}; its parent is the row of the same id, inserted before it (parents are older entities). */
  private static String insert(Entity entity, int id) {
    List<String> columns = new ArrayList<>(List.of("id"));
    List<String> values = new ArrayList<>(List.of(String.valueOf(id)));
    for (Field field : entity.fields()) {
      columns.add(field.name());
      values.add(literal(field.kind(), id));
    }
    if (entity.parent() != null) {
      columns.add("parent_id");
      values.add(String.valueOf(id));
    }
    return "insert into " + entity.table() + " (" + String.join(", ", columns) + ") values ("
        + values.stream().collect(Collectors.joining(", ")) + ");";
  }

  private static String literal(Kind kind, int id) {
    return switch (kind) {
      case STRING -> "'s" + id + "'";
      case INT, LONG -> String.valueOf(id);
      case BOOL -> id % 2 == 0 ? "true" : "false";
      case DECIMAL -> id + ".25";
      case DATE -> "date '2026-01-%02d'".formatted(id % 28 + 1);
      case TIMESTAMP -> "timestamp '2026-01-%02d 03:04:05'".formatted(id % 28 + 1);
      case ENUM -> "'" + List.of("RED", "GREEN", "BLUE").get(id % 3) + "'";
    };
  }
}
