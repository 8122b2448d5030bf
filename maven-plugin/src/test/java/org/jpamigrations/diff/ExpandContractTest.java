package org.jpamigrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.diff.RenameDiffTest.schema;
import static org.jpamigrations.diff.RenameDiffTest.table;

import java.sql.Types;
import java.util.List;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CopyValues;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameTable;
import org.junit.jupiter.api.Test;

/** How a rename and a drop are split into the migration that runs with the new version and the one after it. */
class ExpandContractTest {

  private static final ColumnType VARCHAR_100 = ColumnType.of(Types.VARCHAR).length(100);
  private static final Column FULLNAME = Column.of("fullname", VARCHAR_100).notNull();
  private static final Column FULL_NAME = Column.of("full_name", VARCHAR_100).notNull().withDefault("'?'");
  private static final RenameHints HINTS = RenameHints.NONE.withColumn("customers", "full_name", List.of("fullname"));

  @Test
  void aRenamedColumnIsAddedBesideTheOldOneAndCopiedTwice() {
    Table before = table("customers", FULLNAME).withIndex(Index.of("idx_name", "fullname"));
    Table after = table("customers", FULL_NAME).withIndex(Index.of("idx_full_name", "full_name"));

    ExpandContract pair = split(schema(before), schema(after));

    assertThat(pair.expand()).containsExactly(
        new AddColumn("customers", Column.of("full_name", VARCHAR_100)),
        new AlterColumn("customers", Column.of("fullname", VARCHAR_100)),
        new CreateIndex("customers", Index.of("idx_full_name", "full_name")),
        new CopyValues("customers", "fullname", "full_name"));
    // every row has a value once copied from a NOT NULL column: no value to write in, no warning
    assertThat(pair.contract()).containsExactly(
        new CopyValues("customers", "fullname", "full_name"),
        new DropIndex("customers", "idx_name"),
        new DropColumn("customers", "fullname"),
        new AlterColumn("customers", FULL_NAME));
    assertThat(pair.warnings()).isEmpty();
  }

  @Test
  void aDroppedColumnLosesItsNotNullFirstUnlessADefaultFillsIt() {
    Column nickname = Column.of("nickname", VARCHAR_100).notNull();
    Column code = Column.of("code", VARCHAR_100).notNull().withDefault("'x'");
    Schema before = schema(table("customers", FULLNAME, nickname, code));
    Schema after = schema(table("customers", FULLNAME));

    ExpandContract pair = split(before, after);

    assertThat(pair.expand()).containsExactly(new AlterColumn("customers", nickname.withNullable(true)));
    assertThat(pair.contract()).containsExactlyInAnyOrder(
        new DropColumn("customers", "nickname"), new DropColumn("customers", "code"));
  }

  @Test
  void aChangeThatBreaksNothingIsNotSplit() {
    Schema before = schema(table("customers", FULLNAME));
    Schema after = schema(table("customers", FULLNAME, Column.of("email", VARCHAR_100)));

    assertThat(ExpandContract.of(before, after, RenameHints.NONE, new SchemaDiffer().diff(before, after))).isEmpty();
  }

  @Test
  void aRenamedTableStaysARenameInTheExpand() {
    Schema before = schema(table("customers", FULLNAME), table("visit"));
    Schema after = schema(table("client", FULLNAME));
    RenameHints hints = RenameHints.NONE.withTable("client", List.of("customers"));

    ExpandContract pair = ExpandContract.of(before, after, hints, new SchemaDiffer().diff(before, after, hints))
        .orElseThrow();

    assertThat(pair.expand()).containsExactly(new RenameTable("customers", "client"));
    assertThat(pair.contract()).extracting(Operation::describe).containsExactly("drop table visit");
  }

  private static ExpandContract split(Schema before, Schema after) {
    return ExpandContract.of(before, after, HINTS, new SchemaDiffer().diff(before, after, HINTS)).orElseThrow();
  }
}
