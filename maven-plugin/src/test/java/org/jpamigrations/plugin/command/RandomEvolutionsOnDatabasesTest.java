package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.bool;
import static org.jpamigrations.migration.Dsl.date;
import static org.jpamigrations.migration.Dsl.enumByName;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.numeric;
import static org.jpamigrations.migration.Dsl.timestamp;
import static org.jpamigrations.migration.Dsl.varchar;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jpamigrations.dialect.SqlDialect;
import org.jpamigrations.dialect.SqlDialects;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.plugin.codegen.MigrationBody;
import org.jpamigrations.diff.SchemaDiffer;
import org.jpamigrations.plugin.inspect.DatabaseSchemaReader;
import org.jpamigrations.plugin.inspect.SchemaDrift;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fixed set of random evolutions, end to end on real databases with rows in every table: each step's
 * diff is rendered for the database and run, the database then matches the target model, down() as
 * generated brings back the model before, and up() runs again. Column types stay with their names, so
 * that rows never need a conversion no migration could make; NOT NULL columns carry a default.
 */
class RandomEvolutionsOnDatabasesTest {

  private static final long[] SEEDS = {11, 23, 37, 41, 53, 67};
  private static final int STEPS = 4;

  private static final Map<String, ColumnType> TYPES = Map.of(
      "a", varchar(40), "b", integer(), "c", bool(), "d", numeric(10, 2), "e", date(), "f", timestamp(6),
      "g", enumByName(10, "NEW", "DONE"));
  private static final Map<String, String> DEFAULTS = Map.of(
      "a", "'x'", "b", "0", "c", "false", "d", "0", "e", "'2026-01-01'", "f", "'2026-01-01 00:00:00'", "g", "'NEW'");
  private static final Map<String, String> VALUES = Map.of(
      "b", "7", "c", "true", "d", "1.50", "e", "'2026-02-03'", "f", "'2026-02-03 04:05:06'", "g", "'DONE'");

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void onH2() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:evolutions;DB_CLOSE_DELAY=-1")) {
      evolve(connection);
    }
  }

  @ParameterizedTest
  @EnumSource(ValidateServerTest.Server.class)
  void onServers(ValidateServerTest.Server server) throws Exception {
    String name = "evolutions_" + Long.toHexString(System.nanoTime());
    try (Connection admin = server.admin(); Statement s = admin.createStatement()) {
      s.execute(server.create.formatted(name));
      try (Connection connection = DriverManager.getConnection(server.url.formatted(name), server.user, null)) {
        evolve(connection);
      } finally {
        s.execute(server.drop.formatted(name));
      }
    }
  }

  private void evolve(Connection connection) throws SQLException {
    SqlDialect dialect = SqlDialects.forConnection(connection, null);
    int operations = 0;
    int rows = 0;
    for (long seed : SEEDS) {
      Random random = new Random(seed);
      Schema current = Schema.EMPTY;
      for (int step = 0; step < STEPS; step++) {
        String where = "seed " + seed + ", step " + step + " on " + dialect.name();
        Schema target = model(random);
        rows += insertRows(connection, current, step);
        List<Operation> up = differ.diff(current, target).operations();
        operations += up.size();
        Schema migrated = run(connection, dialect, current, up, where);
        assertThat(drift(connection, dialect, migrated)).as(where + ": up").isEmpty();

        MigrationBody body = MigrationBody.of(current, up);
        Schema restored = run(connection, dialect, migrated, body.downOperations(), where + " (down)");
        assertThat(drift(connection, dialect, restored)).as(where + ": down").isEmpty();

        current = run(connection, dialect, current, up, where + " (up again)");
      }
      run(connection, dialect, current, differ.diff(current, Schema.EMPTY).operations(), "seed " + seed + " cleanup");
    }
    // the evolutions are not trivial: many changes, on tables that hold rows
    assertThat(operations).isGreaterThan(100);
    assertThat(rows).isGreaterThan(20);
  }

  private static Schema run(Connection connection, SqlDialect dialect, Schema schema, List<Operation> operations,
      String where) {
    Schema current = schema;
    for (Operation operation : operations) {
      for (String sql : dialect.render(operation, current)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new AssertionError(where + ": " + sql + " failed: " + e.getMessage(), e);
        }
      }
      current = operation.changesSchema() ? operation.apply(current) : current;
    }
    return current;
  }

  private static List<String> drift(Connection connection, SqlDialect dialect, Schema model) {
    Schema live = new DatabaseSchemaReader().read(connection, table -> false);
    return new SchemaDrift(dialect).compare(model, live);
  }

  /** One row a table, every column given a value; parents first, so that a child may point at them later. */
  private static int insertRows(Connection connection, Schema schema, int step) throws SQLException {
    List<Table> tables = new ArrayList<>(schema.tables());
    tables.sort((x, y) -> x.name().equals("alpha") ? -1 : y.name().equals("alpha") ? 1 : x.name().compareTo(y.name()));
    for (Table table : tables) {
      long id = 1000L * (step + 1) + table.name().length();
      List<String> names = table.columns().stream().map(Column::name).toList();
      String values = table.columns().stream().map(c -> value(c.name(), id)).collect(Collectors.joining(", "));
      try (Statement statement = connection.createStatement()) {
        statement.execute("insert into " + table.name() + " (" + String.join(", ", names) + ") values (" + values + ")");
      }
    }
    return tables.size();
  }

  private static String value(String column, long id) {
    return switch (column) {
      case "id" -> Long.toString(id);
      case "parent_id" -> "null";
      case "a" -> "'v" + id + "'"; // unique where a unique key holds it
      default -> VALUES.get(column);
    };
  }

  /** Up to four tables of up to five columns, each column's type fixed by its name; keys, an index, a foreign key. */
  private static Schema model(Random random) {
    List<String> names = pick(random, List.of("alpha", "beta", "gamma", "delta"));
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      Table table = Table.named(name).column(Column.of("id", bigint()).notNull()).withPrimaryKey("id");
      List<String> columns = pick(random, List.of("a", "b", "c", "d", "e", "f", "g"));
      for (String column : columns) {
        Column c = Column.of(column, TYPES.get(column));
        table = table.column(random.nextBoolean() ? c : c.notNull().withDefault(DEFAULTS.get(column)));
      }
      if (columns.contains("a") && random.nextBoolean()) {
        table = table.withUnique("uk_" + name + "_a", "a");
      }
      if (!columns.isEmpty() && random.nextBoolean()) {
        String last = columns.get(columns.size() - 1);
        table = table.withIndex(Index.of("idx_" + name + "_" + last, last));
      }
      if (!name.equals("alpha") && names.contains("alpha") && random.nextBoolean()) {
        table = table.column(Column.of("parent_id", bigint()))
            .withForeignKey(ForeignKey.named("fk_" + name + "_parent", "parent_id").references("alpha", "id"));
      }
      tables.add(table);
    }
    return new Schema(tables, List.of());
  }

  private static List<String> pick(Random random, List<String> from) {
    return from.stream().filter(x -> random.nextBoolean()).toList();
  }
}
