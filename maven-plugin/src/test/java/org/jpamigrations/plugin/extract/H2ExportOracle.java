package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.type.SqlTypes;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.jpamigrations.extract.ColumnTypes;

/**
 * Lets Hibernate itself create the schema of a fixture package on H2, then checks the extracted
 * model against what the database reports: the extractor must describe exactly what Hibernate's
 * export creates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class H2ExportOracle {

  Schema extracted;
  Connection connection;
  SessionFactory sessionFactory;

  /** The fixture package, under {@code fixtures}. */
  abstract String fixture();

  /** The Hibernate settings both the extractor and Hibernate's own export run with. */
  Map<String, String> settings() {
    return Map.of();
  }

  @BeforeAll
  void exportWithHibernate(@TempDir Path classes) throws Exception {
    ClassLoader loader = getClass().getClassLoader();
    Path directory = FixtureClasses.copy(fixture(), classes);
    extracted = MappingReader.read(directory, loader, settings());

    String url = "jdbc:h2:mem:oracle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Map<String, Object> settings = new HashMap<>(settings());
    settings.put("jakarta.persistence.jdbc.url", url);
    settings.put("jakarta.persistence.jdbc.user", "sa");
    settings.put("jakarta.persistence.jdbc.password", "");
    settings.put("jakarta.persistence.schema-generation.database.action", "create");
    // A statement H2 refuses must fail the test, not merely be logged.
    settings.put("hibernate.hbm2ddl.halt_on_error", "true");
    try (QuietLogging quiet = QuietLogging.hibernate()) {
      StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
      MetadataSources sources = new MetadataSources(registry);
      EntityScanner.scan(directory, loader).classes().forEach(sources::addAnnotatedClass);
      sessionFactory = sources.buildMetadata().buildSessionFactory();
    }
    connection = DriverManager.getConnection(url, "sa", "");
  }

  @AfterAll
  void close() throws SQLException {
    if (connection != null) {
      connection.createStatement().execute("shutdown");
      connection.close();
    }
    if (sessionFactory != null) {
      sessionFactory.close();
    }
  }

  @Test
  void sameTables() throws SQLException {
    Set<String> actual = new TreeSet<>();
    try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
      while (rs.next()) {
        actual.add(rs.getString("TABLE_NAME"));
      }
    }
    assertThat(actual).isEqualTo(names(extracted.tables().stream().map(Table::name).toList()));
  }

  @Test
  void sameColumnsInTheSameOrderWithTheSameTypes() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (Table table : extracted.tables()) {
      List<String> actualOrder = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, "PUBLIC", h2(table.name()), null)) {
        while (rs.next()) {
          String name = rs.getString("COLUMN_NAME");
          actualOrder.add(name);
          Column column = table.columns().stream()
              .filter(c -> h2(c.name()).equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("Not extracted: " + table.name() + "." + name));
          String where = table.name() + "." + column.name();
          boolean nullable = rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
          assertThat(nullable).as(where + " nullable").isEqualTo(column.nullable());
          boolean identity = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
          assertThat(identity).as(where + " identity").isEqualTo(column.identity());
          assertThat(rs.getString("REMARKS")).as(where + " comment").isEqualTo(column.comment());
          boolean generated = "YES".equals(rs.getString("IS_GENERATEDCOLUMN"));
          assertThat(generated).as(where + " generated").isEqualTo(column.generated());
          if (!identity && !generated) {
            // H2 reports the identity generator as the default of an identity column.
            assertThat(rs.getString("COLUMN_DEF")).as(where + " default").isEqualTo(column.defaultValue());
          }
          assertSameType(where, column.type(), rs);
        }
      }
      List<String> expectedOrder = table.columns().stream().map(c -> h2(c.name())).toList();
      assertThat(actualOrder).as(table.name() + " columns").isEqualTo(expectedOrder);
    }
  }

  private static void assertSameType(String where, ColumnType type, ResultSet rs) throws SQLException {
    int dataType = rs.getInt("DATA_TYPE");
    String typeName = rs.getString("TYPE_NAME");
    int size = rs.getInt("COLUMN_SIZE");
    int digits = rs.getInt("DECIMAL_DIGITS");
    if (type.isEnum() && !type.byOrdinal()) {
      // H2 stores an enum by name in its own enum type, whose constants Hibernate sorts.
      assertThat(typeName.replace(" ", "")).as(where).isEqualToIgnoringCase(
          "enum(" + String.join(",", type.values().stream().sorted().map(v -> "'" + v + "'").toList()) + ")");
      return;
    }
    if (type.definition() != null) {
      // H2 spells types its own way (char(13) is CHARACTER); check the kind and the size.
      if (type.code() == Types.ARRAY) {
        // H2 names the element type its own way (CHARACTER VARYING ARRAY): check it is an array
        assertThat(dataType).as(where + " array").isEqualTo(Types.ARRAY);
      } else {
        Matcher sized = Pattern.compile("\\((\\d+)\\)").matcher(type.definition());
        assertThat(sized.find()).as(where + " sized definition").isTrue();
        assertThat(size).as(where + " size").isEqualTo(Integer.parseInt(sized.group(1)));
      }
      return;
    }
    assertThat(dataType).as(where + " type of " + type).isEqualTo(reportedType(type));
    switch (type.code()) {
      case Types.VARCHAR, Types.CHAR, Types.VARBINARY ->
          assertThat((long) size).as(where + " length").isEqualTo(type.length());
      case Types.NUMERIC, Types.DECIMAL -> {
        assertThat(size).as(where + " precision").isEqualTo(type.precision());
        assertThat(digits).as(where + " scale").isEqualTo(type.scale());
      }
      case Types.FLOAT -> assertThat(size).as(where + " binary precision").isEqualTo(type.precision());
      case Types.TIMESTAMP, Types.TIME, Types.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC ->
          assertThat(digits).as(where + " fractional digits").isEqualTo(type.precision());
      default -> {
        // LOBs keep the length Hibernate resolved (other databases choose a type by it).
        if (!ColumnTypes.hasLength(type.code())) {
          assertThat(type.length()).as(where + " length").isNull();
        }
        assertThat(type.scale()).as(where + " scale").isNull();
      }
    }
  }

  @Test
  void samePrimaryKeys() throws SQLException {
    for (Table table : extracted.tables()) {
      Map<Integer, String> bySequence = new TreeMap<>();
      try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, "PUBLIC", h2(table.name()))) {
        while (rs.next()) {
          bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
      }
      List<String> expected = table.primaryKey() == null
          ? List.of()
          : table.primaryKey().columns().stream().map(H2ExportOracle::h2).toList();
      assertThat(List.copyOf(bySequence.values())).as(table.name() + " primary key").isEqualTo(expected);
    }
  }

  @Test
  void sameForeignKeys() throws SQLException {
    for (Table table : extracted.tables()) {
      Map<String, List<String>> actual = new HashMap<>();
      Map<String, String> targets = new HashMap<>();
      try (ResultSet rs = connection.getMetaData().getImportedKeys(null, "PUBLIC", h2(table.name()))) {
        while (rs.next()) {
          String name = rs.getString("FK_NAME");
          actual.computeIfAbsent(name, n -> new ArrayList<>())
              .add(rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME"));
          targets.put(name, rs.getString("DELETE_RULE"));
        }
      }
      Map<String, List<String>> expected = new HashMap<>();
      for (ForeignKey fk : table.foreignKeys()) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
          pairs.add(h2(fk.columns().get(i)) + "->" + h2(fk.referencedTable()) + "." + h2(fk.referencedColumns().get(i)));
        }
        expected.put(h2(fk.name()), pairs);
        int rule = Integer.parseInt(targets.getOrDefault(h2(fk.name()), "-1"));
        assertThat(rule).as(fk.name() + " on delete").isEqualTo(switch (fk.onDelete()) {
          case CASCADE -> DatabaseMetaData.importedKeyCascade;
          case SET_NULL -> DatabaseMetaData.importedKeySetNull;
          case SET_DEFAULT -> DatabaseMetaData.importedKeySetDefault;
          case RESTRICT, NO_ACTION -> DatabaseMetaData.importedKeyNoAction;
        });
      }
      assertThat(actual).as(table.name() + " foreign keys").isEqualTo(expected);
    }
  }

  @Test
  void sameUniqueConstraints() throws SQLException {
    for (Table table : extracted.tables()) {
      Map<String, List<String>> actual = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement(
          "select c.CONSTRAINT_NAME, k.COLUMN_NAME from INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
              + " join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k on k.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
              + " and k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA"
              + " where c.TABLE_SCHEMA = 'PUBLIC' and c.TABLE_NAME = ? and c.CONSTRAINT_TYPE = 'UNIQUE'"
              + " order by c.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
        query.setString(1, h2(table.name()));
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            actual.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getString(2));
          }
        }
      }
      // On H2 Hibernate declares single-column and unnamed unique keys inline, and H2 names them
      // itself; the model keeps the names Hibernate gives them (and uses when it migrates a schema).
      List<List<String>> expectedColumns = new ArrayList<>();
      for (UniqueConstraint unique : table.uniqueConstraints()) {
        List<String> columns = unique.columns().stream().map(H2ExportOracle::h2).toList();
        expectedColumns.add(columns);
        if (actual.containsKey(h2(unique.name()))) {
          assertThat(actual.get(h2(unique.name()))).as(unique.name()).isEqualTo(columns);
        }
      }
      assertThat(actual.values()).as(table.name() + " unique constraints").containsExactlyInAnyOrderElementsOf(expectedColumns);
    }
  }

  @Test
  void explicitIndexesExist() throws SQLException {
    for (Table table : extracted.tables()) {
      for (Index index : table.indexes()) {
        List<String> columns = new ArrayList<>();
        boolean unique = false;
        try (ResultSet rs = connection.getMetaData().getIndexInfo(null, "PUBLIC", h2(table.name()), false, false)) {
          while (rs.next()) {
            if (h2(index.name()).equals(rs.getString("INDEX_NAME"))) {
              columns.add(rs.getString("COLUMN_NAME"));
              unique = !rs.getBoolean("NON_UNIQUE");
            }
          }
        }
        assertThat(columns).as(index.name()).isEqualTo(index.columns().stream().map(H2ExportOracle::h2).toList());
        assertThat(unique).as(index.name() + " unique").isEqualTo(index.unique());
      }
    }
  }

  @Test
  void sameSequences() throws SQLException {
    Map<String, String> actual = new HashMap<>();
    try (ResultSet rs = connection.createStatement().executeQuery(
        "select SEQUENCE_NAME, START_VALUE, INCREMENT from INFORMATION_SCHEMA.SEQUENCES where SEQUENCE_SCHEMA = 'PUBLIC'")) {
      while (rs.next()) {
        actual.put(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3));
      }
    }
    Map<String, String> expected = new HashMap<>();
    for (Sequence sequence : extracted.sequences()) {
      expected.put(h2(sequence.name()), sequence.start() + "/" + sequence.increment());
    }
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * The JDBC type H2 reports for a column Hibernate created with this type: the type code itself,
   * except for Hibernate's own codes.
   */
  private static int reportedType(ColumnType type) {
    return switch (type.code()) {
      case SqlTypes.TIMESTAMP_UTC -> Types.TIMESTAMP_WITH_TIMEZONE;
      case SqlTypes.UUID -> Types.BINARY;
      default -> type.code();
    };
  }

  /** How H2 stores a model name: unquoted names upper-cased, quoted ones verbatim. */
  static String h2(String name) {
    return Names.isQuoted(name) ? Names.bare(name) : name.toUpperCase(Locale.ROOT);
  }

  private static Set<String> names(List<String> modelNames) {
    Set<String> names = new TreeSet<>();
    modelNames.forEach(name -> names.add(h2(name)));
    return names;
  }
}
