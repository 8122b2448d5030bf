package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

/** Rendered DDL run on a real H2, compared with what Hibernate's schema export creates there. */
class H2DatabaseTest {

  private final SqlDialect h2 = SqlDialects.forName("h2");

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  private static String newDatabase() {
    return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** Renders the operations one after the other, each against the schema the previous ones made. */
  static List<String> renderAll(SqlDialect dialect, List<Operation> operations) {
    List<String> statements = new ArrayList<>();
    Schema schema = Schema.EMPTY;
    for (Operation operation : operations) {
      statements.addAll(dialect.render(operation, schema));
      schema = operation.apply(schema);
    }
    return statements;
  }

  static void execute(Connection connection, List<String> statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  @Test
  void createsTheSchemaHibernateExports() throws SQLException {
    String hibernateUrl = newDatabase();
    HibernateExport.create(hibernateUrl, "sa", "");
    String migrationsUrl = newDatabase();
    try (Connection hibernate = connect(hibernateUrl); Connection migrations = connect(migrationsUrl)) {
      execute(migrations, renderAll(h2, ShopSchema.OPERATIONS));

      SchemaSnapshot expected = SchemaSnapshot.of(hibernate, "PUBLIC", List.of("customer", "purchase"));
      SchemaSnapshot actual = SchemaSnapshot.of(migrations, "PUBLIC", List.of("customer", "purchase"));
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.tables().get("customer").columns())
          .containsEntry("id", "bigint(64,0) not null identity")
          .containsEntry("name", "character varying(100,0) not null")
          .containsEntry("balance", "numeric(38,2) null")
          .containsEntry("created_at", "timestamp(26,6) null");
      assertThat(sequence(migrations, "PURCHASE_SEQ")).isEqualTo(sequence(hibernate, "PURCHASE_SEQ")).isEqualTo("5 10");
    }
  }

  private static String sequence(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select start_value, increment from information_schema.sequences"
            + " where sequence_name = '" + name + "'")) {
      return rs.next() ? rs.getLong(1) + " " + rs.getLong(2) : null;
    }
  }

  /** Changing only the type keeps nullability and default: H2's set data type leaves them alone. */
  @Test
  void alterColumnChangesOnlyWhatDiffers() throws SQLException {
    try (Connection connection = connect(newDatabase())) {
      Schema schema = Schema.EMPTY.withTable(GoldenCases.CUSTOMER);
      execute(connection, h2.render(new org.jpamigrations.operation.CreateTable(GoldenCases.CUSTOMER), Schema.EMPTY));
      var status = GoldenCases.customerColumn("status");
      execute(connection, h2.render(new org.jpamigrations.operation.AlterColumn("customer",
          status.withType(GoldenCases.varchar(40))), schema));
      assertThat(SchemaSnapshot.of(connection, "PUBLIC", List.of("customer")).tables().get("customer").columns())
          .containsEntry("status", "character varying(40,0) not null default 'NEW'");
    }
  }

  /** A column definition with a default in it replaces the whole column: set data type would reject it. */
  @Test
  void alterColumnToADefinitionWithClauses() throws SQLException {
    try (Connection connection = connect(newDatabase())) {
      var color = org.jpamigrations.model.Column.of("color",
          org.jpamigrations.model.ColumnType.of(java.sql.Types.VARCHAR).definedAs("varchar(7) default 'red'"));
      var table = org.jpamigrations.model.Table.named("paint")
          .column(org.jpamigrations.model.Column.of("id", org.jpamigrations.model.ColumnType.of(java.sql.Types.BIGINT))
              .notNull())
          .column(color);
      execute(connection, h2.render(new org.jpamigrations.operation.CreateTable(table), Schema.EMPTY));
      execute(connection, List.of("insert into paint (id) values (1)"));
      var wider = color.withType(org.jpamigrations.model.ColumnType.of(java.sql.Types.VARCHAR)
          .definedAs("varchar(9) default 'blue'"));
      List<String> sql = h2.render(new org.jpamigrations.operation.AlterColumn("paint", wider),
          Schema.EMPTY.withTable(table));
      assertThat(sql).containsExactly("alter table paint alter column color varchar(9) default 'blue'");
      execute(connection, sql);
      assertThat(SchemaSnapshot.of(connection, "PUBLIC", List.of("paint")).tables().get("paint").columns())
          .containsEntry("color", "character varying(9,0) null default 'blue'");
    }
  }

  /** H2 2.x commits the open transaction on DDL, which is why {@link SqlDialect#transactionalDdl()} is false. */
  @Test
  void ddlCommitsTheTransaction() throws SQLException {
    try (Connection connection = connect(newDatabase())) {
      connection.setAutoCommit(false);
      execute(connection, List.of("create table t (id integer)"));
      connection.rollback();
      assertThat(connection.getMetaData().getTables(null, "PUBLIC", "T", null).next()).isTrue();
    }
    assertThat(h2.transactionalDdl()).isFalse();
  }

  @Test
  void everyGoldenCaseRunsOnH2() throws SQLException {
    // The golden cases include a schema-qualified table: create that schema, then the shared schema.
    try (Connection connection = connect(newDatabase())) {
      execute(connection, List.of("create schema app"));
      List<Operation> setup = new ArrayList<>();
      for (var table : GoldenCases.SCHEMA.tables()) {
        setup.add(new org.jpamigrations.operation.CreateTable(table.withoutForeignKeysAndIndexes()));
      }
      for (var table : GoldenCases.SCHEMA.tables()) {
        table.indexes().forEach(i -> setup.add(new org.jpamigrations.operation.CreateIndex(table.name(), i)));
        table.foreignKeys().forEach(fk -> setup.add(new org.jpamigrations.operation.AddForeignKey(table.name(), fk)));
      }
      GoldenCases.SCHEMA.sequences().forEach(s -> setup.add(new org.jpamigrations.operation.CreateSequence(s)));
      execute(connection, renderAll(h2, setup));
      connection.setAutoCommit(true);
      for (GoldenCases.Case c : GoldenCases.ALL) {
        if (c.before() != GoldenCases.SCHEMA) {
          continue;
        }
        // each case runs in its own copy of the schema: undo it with its inverse where there is one
        List<String> statements = h2.render(c.operation(), c.before());
        try {
          execute(connection, statements);
        } catch (SQLException e) {
          throw new AssertionError("Case '" + c.name() + "' failed on H2: " + statements + ": " + e.getMessage(), e);
        }
        if (c.operation().changesSchema()) {
          Schema after = c.operation().apply(c.before());
          for (Operation undo : c.operation().inverse(c.before())) {
            execute(connection, h2.render(undo, after));
            after = undo.apply(after);
          }
        }
      }
    }
  }
}
