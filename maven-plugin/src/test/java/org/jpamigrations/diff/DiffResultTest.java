package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.Operation;
import org.junit.jupiter.api.Test;

class DiffResultTest {

  private static final Schema RECORDED = new Schema(List.of(Table.named("users")
      .column(Column.of("id", ColumnType.of(Types.BIGINT)).notNull())
      .column(Column.of("name", ColumnType.of(Types.VARCHAR).length(255)))
      .column(Column.of("nick", ColumnType.of(Types.VARCHAR).length(20)))
      .withPrimaryKey("id")), List.of());

  @Test
  void findsTheOperationsThatCanLoseData() {
    Operation add = new AddColumn("users", Column.of("age", ColumnType.of(Types.INTEGER)));
    Operation narrow = new AlterColumn("users", Column.of("name", ColumnType.of(Types.VARCHAR).length(100)));
    Operation widen = new AlterColumn("users", Column.of("nick", ColumnType.of(Types.VARCHAR).length(40)));
    Operation drop = new DropColumn("users", "age");
    DiffResult result = new DiffResult(List.of(add, narrow, widen, drop), List.of());

    // the drop is judged against the schema the add produced, where the column exists
    assertThat(result.destructive(RECORDED)).containsExactly(narrow, drop);
  }

  @Test
  void isEmptyWhenThereIsNothingToGenerate() {
    DiffResult result = new DiffResult(List.of(), List.of());

    assertThat(result.isEmpty()).isTrue();
    assertThat(result.destructive(RECORDED)).isEmpty();
  }

  @Test
  void keepsItsOwnCopyOfTheLists() {
    List<Operation> ops = new ArrayList<>(List.of(new DropColumn("users", "nick")));
    DiffResult result = new DiffResult(ops, new ArrayList<>());
    ops.clear();

    assertThat(result.isEmpty()).isFalse();
    assertThat(result.operations()).containsExactly(new DropColumn("users", "nick"));
  }
}
