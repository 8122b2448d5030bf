package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rendered DDL on real PostgreSQL and MariaDB servers, when they run locally
 * (PostgreSQL: 127.0.0.1:5432, user postgres, database test; MariaDB: 127.0.0.1:3306, root, database test);
 * skipped otherwise. Each test works in databases of its own and drops them.
 */
class ServerDatabaseTest {

  enum Server {
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/", "postgres", "public", "test?connectTimeout=2"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/", "root", null, "test?connectTimeout=2000");

    final String urlPrefix;
    final String user;
    final String schema;
    final String adminDatabase;

    Server(String urlPrefix, String user, String schema, String adminDatabase) {
      this.urlPrefix = urlPrefix;
      this.user = user;
      this.schema = schema;
      this.adminDatabase = adminDatabase;
    }

    Connection connect(String database) throws SQLException {
      return DriverManager.getConnection(urlPrefix + database, user, "");
    }

    Connection admin() {
      try {
        return connect(adminDatabase);
      } catch (SQLException e) {
        Assumptions.abort(name() + " is not reachable at " + urlPrefix + " (" + e.getMessage() + "): test skipped");
        throw new IllegalStateException(e);
      }
    }

    /** Runs the body against a new, empty database, then drops that database. */
    <T> T withDatabase(Function<String, T> body) throws SQLException {
      String database = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection admin = admin(); Statement statement = admin.createStatement()) {
        statement.execute("create database " + database);
        try {
          return body.apply(database);
        } finally {
          if (this == POSTGRESQL) {
            statement.execute("drop database " + database + " with (force)");
          } else {
            statement.execute("drop database " + database);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void createsTheSchemaHibernateExports(Server server) throws SQLException {
    try (Connection probe = server.admin()) {
      assertThat(probe.isValid(2)).isTrue();
    }
    server.withDatabase(hibernateDatabase -> {
      try {
        return server.withDatabase(migrationsDatabase -> {
          try (Connection hibernate = server.connect(hibernateDatabase);
              Connection migrations = server.connect(migrationsDatabase)) {
            HibernateExport.create(server.urlPrefix + hibernateDatabase, server.user, "");
            SqlDialect dialect = SqlDialects.forConnection(migrations, null);
            H2DatabaseTest.execute(migrations, H2DatabaseTest.renderAll(dialect, ShopSchema.OPERATIONS));

            List<String> tables = List.of("customer", "purchase");
            SchemaSnapshot expected = SchemaSnapshot.of(hibernate, catalogOrSchema(server, hibernateDatabase), tables);
            SchemaSnapshot actual = SchemaSnapshot.of(migrations, catalogOrSchema(server, migrationsDatabase), tables);
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.tables().get("customer").columns()).containsKey("created_at");
            return null;
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static String catalogOrSchema(Server server, String database) {
    return server.schema != null ? server.schema : database;
  }

  /** Every golden case that fits the server runs, then its inverse, on a schema like the golden one. */
  @ParameterizedTest
  @EnumSource(Server.class)
  void everyGoldenCaseRuns(Server server) throws SQLException {
    try (Connection probe = server.admin()) {
      assertThat(probe.isValid(2)).isTrue();
    }
    // MariaDB's schemas are databases: leave out the table in schema "app", and creating schemas, rather
    // than share databases of the server.
    boolean schemas = server == Server.POSTGRESQL;
    server.withDatabase(database -> {
      try (Connection connection = server.connect(database)) {
        SqlDialect dialect = SqlDialects.forConnection(connection, null);
        if (schemas) {
          H2DatabaseTest.execute(connection, List.of("create schema app"));
        }
        Schema start = schemas ? GoldenCases.SCHEMA : GoldenCases.SCHEMA.withoutTable("app.audit");
        H2DatabaseTest.execute(connection, H2DatabaseTest.renderAll(dialect, creating(start)));
        int ran = 0;
        for (GoldenCases.Case c : GoldenCases.ALL) {
          if (c.before() != GoldenCases.SCHEMA
              || (!schemas && (c.operation().describe().contains("app.") || c.operation() instanceof CreateSchema))) {
            continue;
          }
          List<String> statements = dialect.render(c.operation(), start);
          try {
            H2DatabaseTest.execute(connection, statements);
          } catch (SQLException e) {
            throw new AssertionError("Case '" + c.name() + "' failed on " + server + ": " + statements + ": " + e.getMessage(), e);
          }
          if (c.operation().changesSchema()) {
            Schema after = c.operation().apply(start);
            for (Operation undo : c.operation().inverse(start)) {
              H2DatabaseTest.execute(connection, dialect.render(undo, after));
              after = undo.apply(after);
            }
          }
          ran++;
        }
        assertThat(ran).isGreaterThan(20);
        return null;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** The operations that create a schema: tables, then indexes and foreign keys, then sequences. */
  static List<Operation> creating(Schema schema) {
    List<Operation> operations = new ArrayList<>();
    for (Table table : schema.tables()) {
      operations.add(new CreateTable(table.withoutForeignKeysAndIndexes()));
    }
    for (Table table : schema.tables()) {
      table.indexes().forEach(i -> operations.add(new CreateIndex(table.name(), i)));
      table.foreignKeys().forEach(fk -> operations.add(new AddForeignKey(table.name(), fk)));
    }
    schema.sequences().forEach(s -> operations.add(new CreateSequence(s)));
    return operations;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
