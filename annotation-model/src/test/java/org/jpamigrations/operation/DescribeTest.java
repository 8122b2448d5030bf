package org.jpamigrations.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.operation.Shop.BIGINT;
import static org.jpamigrations.operation.Shop.varchar;

import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code describe()} is one readable line for logs. */
class DescribeTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(new CreateSchema("sales"), "create schema sales"),
        Arguments.of(new DropSchema("sales"), "drop schema sales"),
        Arguments.of(new CreateTable(Table.named("products").column(Column.of("id", BIGINT))), "create table products"),
        Arguments.of(new DropTable("products"), "drop table products"),
        Arguments.of(new RenameTable("products", "goods"), "rename table products to goods"),
        Arguments.of(new CommentOnTable("products", "what we sell"), "comment on table products"),
        Arguments.of(new CommentOnTable("products", null), "remove comment of table products"),
        Arguments.of(new AlterSequence(Sequence.of("order_seq").incrementBy(50)), "alter sequence order_seq"),
        Arguments.of(new AddColumn("users", Column.of("email", varchar(255))), "add column users.email varchar(255)"),
        Arguments.of(new DropColumn("users", "email"), "drop column users.email"),
        Arguments.of(new AlterColumn("users", Column.of("email", varchar(100))), "alter column users.email"),
        Arguments.of(new RenameColumn("users", "mail", "email"), "rename column users.mail to email"),
        Arguments.of(new AddForeignKey("orders",
                ForeignKey.named("fk_order_user", "user_id").references("users", "id")),
            "add foreign key fk_order_user on orders[user_id] -> users[id]"),
        Arguments.of(new DropForeignKey("orders", "fk_order_user"), "drop foreign key fk_order_user on orders"),
        Arguments.of(new AddUniqueConstraint("users", new UniqueConstraint("uk_email", List.of("email", "tenant"))),
            "add unique constraint uk_email on users[email, tenant]"),
        Arguments.of(new DropUniqueConstraint("users", "uk_email"), "drop unique constraint uk_email on users"),
        Arguments.of(new AddPrimaryKey("users", new PrimaryKey(null, List.of("tenant", "id"))),
            "add primary key on users[tenant, id]"),
        Arguments.of(new AddPrimaryKey("users", new PrimaryKey("pk_users", List.of("id"))),
            "add primary key pk_users on users[id]"),
        Arguments.of(new DropPrimaryKey("users"), "drop primary key on users"),
        Arguments.of(new AddCheckConstraint("users", new CheckConstraint("ck_age", "age >= 18")),
            "add check constraint ck_age on users (age >= 18)"),
        Arguments.of(new DropCheckConstraint("users", "ck_age"), "drop check constraint ck_age on users"),
        Arguments.of(new CreateIndex("users", Index.of("idx_name", "last", "first")),
            "create index idx_name on users[last, first]"),
        Arguments.of(new CreateIndex("users", Index.of("idx_email", "email").asUnique()),
            "create unique index idx_email on users[email]"),
        Arguments.of(new CreateIndex("users", Index.of("idx_recent", "tenant", "created").descending("created")),
            "create index idx_recent on users[tenant, created desc]"),
        Arguments.of(new DropIndex("users", "idx_name"), "drop index idx_name on users"),
        Arguments.of(new CreateSequence(Sequence.of("user_seq")), "create sequence user_seq"),
        Arguments.of(new DropSequence("user_seq"), "drop sequence user_seq"),
        Arguments.of(new ExecuteSql("update users\n   set email = lower(email)"),
            "execute update users set email = lower(email)"),
        Arguments.of(new ExecuteSql("  insert into audit_log (message) values ('a very long message for the log')  "),
            "execute insert into audit_log (message) values ('a very long mess..."),
        Arguments.of(new FillNulls("users", "email", "'none'"), "fill empty users.email with 'none'"),
        Arguments.of(new FillNulls("users", "email", null), "fill empty users.email with the type's zero value"),
        Arguments.of(new CopyValues("users", "email", "mail"), "copy users.email into users.mail where it is empty"),
        Arguments.of(new ExecuteJdbc("copy e-mail addresses", c -> {}), "run copy e-mail addresses"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void describeIsOneReadableLine(Operation operation, String expected) {
    assertThat(operation.describe()).isEqualTo(expected).doesNotContain("\n", "\r");
  }

  @Test
  void casesCoverEveryOperationType() {
    assertThat(cases().<Class<?>>map(a -> a.get()[0].getClass()).distinct())
        .containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
  }

  @Test
  void longSqlIsCutToSixtyCharacters() {
    String sql = "update t set c = '" + "x".repeat(200) + "'";

    assertThat(new ExecuteSql(sql).describe()).hasSize("execute ".length() + 60).endsWith("...");
  }

  @Test
  void jdbcWorkWithAMultiLineDescriptionIsStillOneLine() {
    assertThat(new ExecuteJdbc("copy names\n  into the new column", c -> {}).describe())
        .isEqualTo("run copy names into the new column");
  }
}
