package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each column of a mapping with many kinds of attributes, the type name from the column's
 * resolved code and size is the one Hibernate's schema export writes, on every database.
 */
class TypeParityTest {

  enum Color { RED, GREEN }

  @Entity
  static class Everything {
    @Id Long id;
    String text;
    @Column(length = 20) String shortText;
    @Column(length = 100_000) String longText;
    @Lob String clob;
    byte[] bytes;
    @Lob byte[] blob;
    char letter;
    boolean flag;
    byte tiny;
    short small;
    int number;
    long big;
    float real;
    double dbl;
    BigDecimal money;
    @Column(precision = 12, scale = 4) BigDecimal exact;
    BigInteger huge;
    LocalDate date;
    LocalTime time;
    LocalDateTime dateTime;
    @Column(precision = 3) LocalDateTime dateTimeMillis;
    Instant instant;
    OffsetDateTime offsetDateTime;
    Duration duration;
    UUID uuid;
    @Enumerated(EnumType.STRING) Color colorName;
    @Enumerated(EnumType.ORDINAL) Color colorOrdinal;
    @Column(columnDefinition = "varchar(7)") String custom;
  }

  @Test
  void nativeEnumTypesNeedTheirDefinition() {
    assertThatThrownBy(
            () -> SqlDialects.forName("mysql").typeName(ColumnType.of(SqlTypes.ENUM)))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("enum")
        .hasMessageContaining("definedAs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "mysql", "mariadb", "sqlserver", "oracle"})
  void typeNamesMatchHibernatesSchemaExport(String database) {
    HibernateSqlDialect dialect = (HibernateSqlDialect) SqlDialects.forName(database);
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(new java.util.HashMap<String, Object>(SqlDialects.hibernateSettings(null, database)))
        .build();
    try {
      Metadata metadata = new MetadataSources(registry).addAnnotatedClass(Everything.class).buildMetadata();
      Map<String, String> expected = new LinkedHashMap<>();
      Map<String, String> actual = new LinkedHashMap<>();
      var dialectOfMetadata = metadata.getDatabase().getDialect();
      for (var column : metadata.getEntityBinding(Everything.class.getName()).getTable().getColumns()) {
        String definition = column.getSqlType(); // the explicit columnDefinition, or null: read it before
        // getSqlType(metadata), which stores the name it resolves there
        expected.put(column.getName(), column.getSqlType(metadata));
        if (SqlTypes.isEnumType(column.getSqlTypeCode(metadata))) {
          // a native enum type lists the constants, which only a definition carries
          definition = column.getSqlType(metadata);
        }
        Size size = column.getColumnSize(dialectOfMetadata, metadata);
        ColumnType type = new ColumnType(column.getSqlTypeCode(metadata), size.getLength(), size.getPrecision(),
            size.getScale(), definition);
        actual.put(column.getName(), dialect.typeName(type));
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(actual).hasSizeGreaterThan(25);
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
