package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.bool;
import static org.jpamigrations.migration.Dsl.date;
import static org.jpamigrations.migration.Dsl.enumByName;
import static org.jpamigrations.migration.Dsl.integer;
import static org.jpamigrations.migration.Dsl.numeric;
import static org.jpamigrations.migration.Dsl.timestamp;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.plugin.codegen.MigrationBody;
import org.jpamigrations.plugin.codegen.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over random models and random evolutions between them, as entities change: every diff
 * replays to the target, {@code down()} as the generator writes it restores the start, and a second
 * diff finds nothing. Each try draws its two models from a seed, which a failure names.
 */
class EvolutionPropertiesTest {

  private final SchemaDiffer differ = new SchemaDiffer();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theDiffReplaysToTheTarget(long seed) {
    Schema before = models(seed)[0];
    Schema after = models(seed)[1];
    DiffResult diff = differ.diff(before, after);

    assertThat(replay(before, diff.operations())).isEqualTo(SchemaNormalizer.normalize(after));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSecondDiffFindsNothing(long seed) {
    Schema before = models(seed)[0];
    Schema after = models(seed)[1];
    Schema migrated = replay(before, differ.diff(before, after).operations());

    assertThat(differ.diff(migrated, after).operations()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void downRestoresTheStart(long seed) {
    Schema before = models(seed)[0];
    Schema after = models(seed)[1];
    List<Operation> up = differ.diff(before, after).operations();
    MigrationBody body = MigrationBody.of(before, up);
    Schema migrated = before;
    for (Operation op : up) {
      migrated = op.apply(migrated);
    }

    assertThat(body.down()).allMatch(Step.Statement.class::isInstance); // no step left to write by hand
    assertThat(replay(migrated, body.downOperations())).isEqualTo(SchemaNormalizer.normalize(before));
  }

  private static Schema replay(Schema schema, List<Operation> operations) {
    Schema current = schema;
    for (Operation op : operations) {
      current = op.apply(current);
    }
    return SchemaNormalizer.normalize(current);
  }

  // ---- the models: up to four tables of up to five columns, keys, a foreign key, an index, sequences ----

  private static final List<ColumnType> TYPES = List.of(
      varchar(20), varchar(255), integer(), bigint(), bool(), numeric(10, 2), numeric(12, 2), date(), timestamp(6),
      enumByName(10, "NEW", "DONE"), enumByName(10, "NEW", "DONE", "LATE"));

  private static final int TRIES = 300;

  /** One seed a try: a failure names the seed that draws its two models again. */
  static LongStream seeds() {
    return new Random(20261205L).longs(TRIES);
  }

  /** Two models drawn from the seed: the recorded one and the one the entities map to now. */
  static Schema[] models(long seed) {
    Random random = new Random(seed);
    return new Schema[] {schema(random), schema(random)};
  }

  private static Schema schema(Random random) {
    List<String> names = pick(random, List.of("alpha", "beta", "gamma", "delta"));
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      Table table = Table.named(name).column(Column.of("id", bigint()).notNull()).withPrimaryKey("id");
      List<String> columns = pick(random, List.of("a", "b", "c", "d", "e"));
      for (String column : columns) {
        table = table.column(Column.of(column, TYPES.get(random.nextInt(TYPES.size()))).withNullable(random.nextBoolean()));
      }
      if (!columns.isEmpty() && random.nextBoolean()) {
        table = table.withUnique("uk_" + name + "_" + columns.get(0), columns.get(0));
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
    return new Schema(tables, pick(random, List.of("alpha_seq", "beta_seq")).stream().map(Sequence::of).toList());
  }

  /** A random subset, in the given order. */
  private static List<String> pick(Random random, List<String> from) {
    return from.stream().filter(x -> random.nextBoolean()).toList();
  }
}
