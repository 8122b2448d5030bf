package org.jpamigrations.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.operation.Shop.SHOP;
import static org.jpamigrations.operation.Shop.varchar;

import java.sql.Types;
import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which operations can lose data, and which are not schema changes at all. */
class DestructiveTest {

  static Stream<Arguments> operations() {
    return Stream.of(
        Arguments.of(new DropTable("audit_log"), true),
        Arguments.of(new DropColumn("`order`", "total"), true),
        Arguments.of(new DropSequence("order_seq"), true),
        Arguments.of(new CreateTable(Table.named("products").column(Column.of("sku", varchar(20)))), false),
        Arguments.of(new RenameTable("customers", "clients"), false),
        Arguments.of(new CommentOnTable("customers", null), false),
        Arguments.of(new AlterSequence(Sequence.of("order_seq").incrementBy(50)), false),
        Arguments.of(new AddColumn("customers", Column.of("phone", varchar(30))), false),
        Arguments.of(new RenameColumn("customers", "name", "full_name"), false),
        Arguments.of(new AddForeignKey("audit_log",
            ForeignKey.named("fk_audit", "message").references("customers", "email")), false),
        Arguments.of(new DropForeignKey("`order`", "fk_order_customer"), false),
        Arguments.of(new AddUniqueConstraint("customers", new UniqueConstraint("uk_name", List.of("name"))), false),
        Arguments.of(new DropUniqueConstraint("customers", "uk_customers_email"), false),
        Arguments.of(new CreateIndex("customers", Index.of("idx_email", "email")), false),
        Arguments.of(new DropIndex("customers", "idx_customers_name"), false),
        Arguments.of(new CreateSequence(Sequence.of("line_seq")), false),
        Arguments.of(new AlterColumn("customers", Column.of("name", varchar(50)).notNull()), true),
        Arguments.of(new AlterColumn("customers", Column.of("name", varchar(200)).notNull()), false),
        Arguments.of(new ExecuteSql("delete from audit_log"), false),
        Arguments.of(new ExecuteJdbc("purge", c -> {}), false));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("operations")
  void dropsAndNarrowingsAreDestructive(Operation operation, boolean destructive) {
    assertThat(operation.isDestructive(SHOP)).isEqualTo(destructive);
  }

  static Stream<Arguments> typeChanges() {
    ColumnType numeric = ColumnType.of(Types.NUMERIC);
    ColumnType timestamp = ColumnType.of(Types.TIMESTAMP);
    return Stream.of(
        Arguments.of(varchar(255), varchar(100), true),
        Arguments.of(varchar(100), varchar(255), false),
        Arguments.of(varchar(100), varchar(100), false),
        Arguments.of(ColumnType.of(Types.VARCHAR), varchar(100), true),
        Arguments.of(varchar(100), ColumnType.of(Types.VARCHAR), false),
        Arguments.of(numeric.precision(10).scale(2), numeric.precision(8).scale(2), true),
        Arguments.of(numeric.precision(10).scale(2), numeric.precision(12).scale(2), false),
        Arguments.of(numeric.precision(10).scale(2), numeric.precision(10).scale(0), true),
        Arguments.of(numeric.precision(10).scale(2), numeric.precision(12).scale(4), false),
        // more decimals in the same precision leave fewer digits before the point
        Arguments.of(numeric.precision(10).scale(2), numeric.precision(10).scale(4), true),
        Arguments.of(numeric.precision(10), numeric.precision(10).scale(2), true),
        Arguments.of(timestamp.precision(6), timestamp.precision(3), true),
        Arguments.of(timestamp.precision(3), timestamp.precision(6), false),
        Arguments.of(ColumnType.of(Types.INTEGER), ColumnType.of(Types.BIGINT), true),
        Arguments.of(varchar(100), ColumnType.of(Types.CLOB), true),
        Arguments.of(varchar(100), varchar(100).definedAs("citext"), true),
        Arguments.of(varchar(100).definedAs("citext"), varchar(100).definedAs("citext"), false));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("typeChanges")
  void alterColumnIsDestructiveWhenValuesMayNotFit(ColumnType from, ColumnType to, boolean destructive) {
    Schema before = Schema.EMPTY.withTable(Table.named("t").column(Column.of("c", from)));

    assertThat(AlterColumn.narrows(from, to)).isEqualTo(destructive);
    assertThat(new AlterColumn("t", Column.of("c", to)).isDestructive(before)).isEqualTo(destructive);
  }

  @Test
  void nullabilityDefaultAndCommentChangesAreNotDestructive() {
    Column email = SHOP.table("customers").findColumn("email").orElseThrow();

    assertThat(new AlterColumn("customers", email.notNull().withDefault("''").withComment(null))
        .isDestructive(SHOP)).isFalse();
  }

  @Test
  void onlySqlAndJdbcWorkLeaveTheSchemaModelAlone() {
    operations().map(a -> (Operation) a.get()[0]).forEach(op -> assertThat(op.changesSchema())
        .as(op.describe())
        .isEqualTo(!(op instanceof ExecuteSql || op instanceof ExecuteJdbc)));
    assertThat(new ExecuteSql("update t set x = 1").apply(SHOP)).isSameAs(SHOP);
    assertThat(new ExecuteJdbc("noop", c -> {}).apply(Schema.EMPTY)).isSameAs(Schema.EMPTY);
  }
}
