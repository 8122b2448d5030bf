package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.plugin.codegen.MigrationBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over the random evolutions of {@link EvolutionPropertiesTest}: an expand/contract pair reaches what the single
 * migration reaches, the schema between its halves still has everything the version before used, the expand
 * drops nothing, and the {@code down()} of each half, as the generator writes it, restores where it started.
 */
class ExpandContractPropertiesTest {

  private final SchemaDiffer differ = new SchemaDiffer();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.jpamigrations.diff.EvolutionPropertiesTest#seeds")
  void bothHalvesReachTheTargetAndTheMiddleKeepsWhatTheOldVersionUses(long seed) {
    Schema before = EvolutionPropertiesTest.models(seed)[0];
    Schema after = EvolutionPropertiesTest.models(seed)[1];
    DiffResult diff = differ.diff(before, after);
    Optional<ExpandContract> pair = ExpandContract.of(before, after, RenameHints.NONE, diff);
    boolean breaks = diff.operations().stream().anyMatch(op -> op instanceof DropTable
        || op instanceof DropColumn drop && after.table(drop.table()).findColumn(drop.column()).isEmpty());
    assertThat(pair.isPresent()).as("split exactly when something the old version uses is dropped").isEqualTo(breaks);
    if (pair.isEmpty()) {
      return;
    }

    Schema middle = replay(before, pair.get().expand());
    assertThat(pair.get().expand()).noneMatch(op -> op instanceof DropTable || op instanceof DropColumn);
    for (Table table : before.tables()) {
      Table kept = middle.findTable(table.name()).orElseThrow(() -> new AssertionError(table.name() + " dropped"));
      for (Column column : table.columns()) {
        assertThat(kept.findColumn(column.name())).as(table.name() + "." + column.name()).isPresent();
      }
    }
    assertThat(SchemaNormalizer.normalize(replay(middle, pair.get().contract())))
        .isEqualTo(SchemaNormalizer.normalize(after));

    MigrationBody contract = MigrationBody.of(middle, pair.get().contract());
    assertThat(SchemaNormalizer.normalize(replay(after, contract.downOperations())))
        .isEqualTo(SchemaNormalizer.normalize(middle));
    MigrationBody expand = MigrationBody.of(before, pair.get().expand());
    assertThat(SchemaNormalizer.normalize(replay(middle, expand.downOperations())))
        .isEqualTo(SchemaNormalizer.normalize(before));
  }

  @Test
  void aFairShareOfTheEvolutionsIsSplit() {
    long split = EvolutionPropertiesTest.seeds().filter(seed -> {
      Schema before = EvolutionPropertiesTest.models(seed)[0];
      Schema after = EvolutionPropertiesTest.models(seed)[1];
      return ExpandContract.of(before, after, RenameHints.NONE, differ.diff(before, after)).isPresent();
    }).count();

    assertThat(split).as("evolutions split of " + EvolutionPropertiesTest.seeds().count()).isGreaterThan(
        EvolutionPropertiesTest.seeds().count() / 5);
  }

  private static Schema replay(Schema schema, List<Operation> operations) {
    Schema current = schema;
    for (Operation op : new ArrayList<>(operations)) {
      current = op.apply(current);
    }
    return current;
  }
}
