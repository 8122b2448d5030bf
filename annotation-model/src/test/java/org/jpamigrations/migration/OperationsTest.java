package org.jpamigrations.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpamigrations.migration.Dsl.bigint;
import static org.jpamigrations.migration.Dsl.column;
import static org.jpamigrations.migration.Dsl.foreignKey;
import static org.jpamigrations.migration.Dsl.index;
import static org.jpamigrations.migration.Dsl.sequence;
import static org.jpamigrations.migration.Dsl.table;
import static org.jpamigrations.migration.Dsl.varchar;

import java.util.List;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.AlterSequence;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropSequence;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.JdbcWork;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;
import org.junit.jupiter.api.Test;

class OperationsTest {

  private static final Table USERS = table("users").column(column("id", bigint()).notNull()).withPrimaryKey("id");
  private static final Column EMAIL = column("email", varchar(255));
  private static final ForeignKey FK = foreignKey("fk_order_user", "user_id").references("users", "id");
  private static final Index IDX = index("idx_email", "email");
  private static final Sequence SEQ = sequence("user_seq").incrementBy(50);
  private static final JdbcWork WORK = connection -> {};

  /** Uses every recorder method once, in a known order; down() undoes a part of it. */
  static final class EveryOperation implements Migration {
    @Override
    public void up(Operations op) {
      op.createSchema("sales")
          .dropSchema("sales")
          .createTable(USERS)
          .addColumn("users", EMAIL)
          .alterColumn("users", EMAIL.notNull())
          .renameColumn("users", "email", "mail")
          .dropColumn("users", "mail")
          .commentOnTable("users", "people")
          .addForeignKey("orders", FK)
          .dropForeignKey("orders", "fk_order_user")
          .addUniqueConstraint("users", "uk_email", "email", "tenant")
          .dropUniqueConstraint("users", "uk_email")
          .dropPrimaryKey("users")
          .addPrimaryKey("users", "id", "tenant")
          .addPrimaryKey("users", new PrimaryKey("pk_users", List.of("id")))
          .addCheckConstraint("users", "ck_id", "id > 0")
          .dropCheckConstraint("users", "ck_id")
          .createIndex("users", IDX)
          .dropIndex("users", "idx_email")
          .createSequence(SEQ)
          .alterSequence(SEQ.incrementBy(50))
          .dropSequence("user_seq")
          .sql("update users set id = id")
          .execute("touch users", WORK)
          .renameTable("users", "people")
          .dropTable("people");
    }

    @Override
    public void down(Operations op) {
      op.createTable(USERS);
      op.sql("insert into users (id) values (1)");
      op.add(new DropTable("users"));
    }
  }

  @Test
  void upRecordsEveryCallInOrder() {
    assertThat(Operations.of(new EveryOperation(), true)).containsExactly(
        new CreateSchema("sales"),
        new DropSchema("sales"),
        new CreateTable(USERS),
        new AddColumn("users", EMAIL),
        new AlterColumn("users", EMAIL.notNull()),
        new RenameColumn("users", "email", "mail"),
        new DropColumn("users", "mail"),
        new CommentOnTable("users", "people"),
        new AddForeignKey("orders", FK),
        new DropForeignKey("orders", "fk_order_user"),
        new AddUniqueConstraint("users", new UniqueConstraint("uk_email", List.of("email", "tenant"))),
        new DropUniqueConstraint("users", "uk_email"),
        new DropPrimaryKey("users"),
        new AddPrimaryKey("users", new PrimaryKey(null, List.of("id", "tenant"))),
        new AddPrimaryKey("users", new PrimaryKey("pk_users", List.of("id"))),
        new AddCheckConstraint("users", new CheckConstraint("ck_id", "id > 0")),
        new DropCheckConstraint("users", "ck_id"),
        new CreateIndex("users", IDX),
        new DropIndex("users", "idx_email"),
        new CreateSequence(SEQ),
        new AlterSequence(SEQ.incrementBy(50)),
        new DropSequence("user_seq"),
        new ExecuteSql("update users set id = id"),
        new ExecuteJdbc("touch users", WORK),
        new RenameTable("users", "people"),
        new DropTable("people"));
  }

  @Test
  void downRecordsOnlyDown() {
    assertThat(Operations.of(new EveryOperation(), false)).containsExactly(
        new CreateTable(USERS),
        new ExecuteSql("insert into users (id) values (1)"),
        new DropTable("users"));
  }

  @Test
  void recordedListsAreSnapshots() {
    Operations op = new Operations();
    op.dropTable("a");
    List<Operation> first = op.recorded();
    op.dropTable("b");

    assertThat(first).containsExactly(new DropTable("a"));
    assertThat(op.recorded()).containsExactly(new DropTable("a"), new DropTable("b"));
    assertThatThrownBy(() -> first.add(new DropTable("c"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anEmptyMigrationRecordsNothing() {
    Migration empty = new Migration() {
      @Override
      public void up(Operations op) {}

      @Override
      public void down(Operations op) {}
    };

    assertThat(Operations.of(empty, true)).isEmpty();
    assertThat(Operations.of(empty, false)).isEmpty();
  }

  @Test
  void invalidOperationsFailWhenDeclared() {
    Table withIndex = table("t").column(column("id", bigint())).withIndex(index("idx", "id"));

    assertThatThrownBy(() -> new Operations().createTable(withIndex))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("createIndex");
    assertThatThrownBy(() -> new Operations().sql(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SQL");
  }
}
