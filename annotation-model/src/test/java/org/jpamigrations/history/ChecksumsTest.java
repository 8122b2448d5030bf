package org.jpamigrations.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.List;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

  @Test
  void equalOperationsHaveEqualChecksums() {
    List<Operation> a = List.of(new AddColumn("t", column("c", varchar(10))), new ExecuteSql("update t set c = 'x'"));
    List<Operation> b = List.of(new AddColumn("t", column("c", varchar(10))), new ExecuteSql("update t set c = 'x'"));

    assertThat(Checksums.of(a)).isEqualTo(Checksums.of(b)).hasSize(64).matches("v2:[0-9a-f]+");
  }

  @Test
  void anyChangeChangesTheChecksum() {
    String original = Checksums.of(List.of(new AddColumn("t", column("c", varchar(10)))));

    assertThat(Checksums.of(List.of(new AddColumn("t", column("c", varchar(20)))))).isNotEqualTo(original);
    assertThat(Checksums.of(List.of())).isNotEqualTo(original);
  }

  @Test
  void javaCodeCountsByItsDescriptionOnly() {
    String one = Checksums.of(List.of(new ExecuteJdbc("fill", connection -> {})));
    String other = Checksums.of(List.of(new ExecuteJdbc("fill", connection -> connection.commit())));

    assertThat(one).isEqualTo(other);
    assertThat(Checksums.of(List.of(new ExecuteJdbc("refill", connection -> {})))).isNotEqualTo(one);
  }
}
