package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.jpamigrations.dialect.HibernateSqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Table;
import org.jpamigrations.plugin.extract.fixtures.portable.Everything;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise that one migration runs everywhere: the mapping, read once as generate reads it for every
 * database, renders on each database as the type and the implied check that Hibernate's own schema
 * export writes there for the same attribute.
 */
class PortableTypesTest {

  @TempDir Path classes;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "mysql", "mariadb", "sqlserver", "oracle"})
  void eachDatabaseGetsTheTypeAndCheckHibernateExportsThere(String database) throws Exception {
    Table portable = MappingReader.read(FixtureClasses.copy("portable", classes), getClass().getClassLoader(), Map.of())
        .table("Everything");
    HibernateSqlDialect dialect = (HibernateSqlDialect) SqlDialects.forName(database);
    Map<String, String> actual = new TreeMap<>();
    for (Column column : portable.columns()) {
      CheckConstraint check = dialect.impliedCheck(portable.name(), column);
      actual.put(Names.bare(column.name()), dialect.typeName(column.type()) + (check == null ? "" : " check " + check.expression()));
    }

    Map<String, String> expected = hibernateExport(database);
    if (database.equals("oracle")) {
      // Oracle keeps arrays in named types that Hibernate creates apart from the table (IntegerArray): not
      // portable, as docs/portability.md says.
      assertThat(expected).containsEntry("scores", "IntegerArray").containsEntry("tags", "StringArray");
      List.of("scores", "tags").forEach(column -> {
        expected.remove(column);
        actual.remove(column);
      });
    }
    assertThat(actual).isEqualTo(expected).hasSizeGreaterThan(30);
  }

  /** Each column's type and checks as Hibernate's export writes them on the database. */
  private static Map<String, String> hibernateExport(String database) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(new HashMap<String, Object>(SqlDialects.hibernateSettings(null, database)))
        .build();
    try {
      Metadata metadata = new MetadataSources(registry).addAnnotatedClass(Everything.class).buildMetadata();
      Map<String, String> expected = new TreeMap<>();
      for (var column : metadata.getEntityBinding(Everything.class.getName()).getTable().getColumns()) {
        String checks = column.getCheckConstraints().stream()
            .map(org.hibernate.mapping.CheckConstraint::getConstraint)
            .collect(Collectors.joining(" and "));
        expected.put(column.getName(), column.getSqlType(metadata) + (checks.isEmpty() ? "" : " check " + checks));
      }
      return expected;
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
