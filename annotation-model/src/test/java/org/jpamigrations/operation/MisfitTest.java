package org.jpamigrations.operation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jpamigrations.operation.Shop.BIGINT;
import static org.jpamigrations.operation.Shop.CUSTOMERS;
import static org.jpamigrations.operation.Shop.SHOP;
import static org.jpamigrations.operation.Shop.varchar;

import java.util.List;
import java.util.stream.Stream;
import org.jpamigrations.model.Column;
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

/** Each operation applied to a schema it does not fit fails with a message naming what is wrong. */
class MisfitTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(new CreateTable(CUSTOMERS.withoutForeignKeysAndIndexes().withName("CUSTOMERS")),
            "Table CUSTOMERS already exists"),
        Arguments.of(new DropTable("products"), "No table products in the schema"),
        Arguments.of(new DropTable("customers"), "Cannot drop table customers: foreign key fk_order_customer"
            + " of table `order` references it; drop that foreign key first"),
        Arguments.of(new RenameTable("products", "goods"), "No table products in the schema"),
        Arguments.of(new RenameTable("customers", "AUDIT_LOG"),
            "Cannot rename table customers to AUDIT_LOG: AUDIT_LOG exists"),
        Arguments.of(new AddColumn("products", Column.of("sku", varchar(20))), "No table products in the schema"),
        Arguments.of(new AddColumn("customers", Column.of("EMAIL", varchar(20))),
            "Table customers already has a column EMAIL"),
        Arguments.of(new DropColumn("products", "sku"), "No table products in the schema"),
        Arguments.of(new DropColumn("customers", "phone"), "Table customers has no column phone"),
        Arguments.of(new DropColumn("customers", "id"),
            "Cannot drop column customers.id: the primary key uses it; drop that first"),
        Arguments.of(new DropColumn("customers", "email"),
            "Cannot drop column customers.email: unique constraint uk_customers_email uses it; drop that first"),
        Arguments.of(new DropColumn("customers", "name"),
            "Cannot drop column customers.name: index idx_customers_name uses it; drop that first"),
        Arguments.of(new DropColumn("`order`", "customer_id"),
            "Cannot drop column `order`.customer_id: foreign key fk_order_customer uses it; drop that first"),
        Arguments.of(new AlterColumn("customers", Column.of("phone", varchar(30))),
            "Table customers has no column phone"),
        Arguments.of(new AlterColumn("products", Column.of("sku", varchar(30))), "No table products in the schema"),
        Arguments.of(new RenameColumn("customers", "phone", "mobile"), "Table customers has no column phone"),
        Arguments.of(new RenameColumn("customers", "name", "EMAIL"),
            "Cannot rename column customers.name to EMAIL: EMAIL exists"),
        Arguments.of(new AddForeignKey("audit_log",
                ForeignKey.named("fk_audit_product", "message").references("products", "sku")),
            "No table products in the schema"),
        Arguments.of(new AddForeignKey("products",
                ForeignKey.named("fk_product_customer", "customer_id").references("customers", "id")),
            "No table products in the schema"),
        Arguments.of(new AddForeignKey("`order`",
                ForeignKey.named("FK_ORDER_CUSTOMER", "id").references("customers", "id")),
            "Table `order` already has foreign key FK_ORDER_CUSTOMER"),
        Arguments.of(new DropForeignKey("`order`", "fk_order_product"),
            "Table `order` has no foreign key fk_order_product"),
        Arguments.of(new AddUniqueConstraint("customers", new UniqueConstraint("uk_customers_email", List.of("name"))),
            "Table customers already has unique constraint uk_customers_email"),
        Arguments.of(new DropUniqueConstraint("customers", "uk_customers_name"),
            "Table customers has no unique constraint uk_customers_name"),
        Arguments.of(new CreateIndex("customers", Index.of("idx_customers_name", "email")),
            "Table customers already has index idx_customers_name"),
        Arguments.of(new DropIndex("`order`", "idx_order_total"), "Table `order` has no index idx_order_total"),
        Arguments.of(new DropIndex("products", "idx_sku"), "No table products in the schema"),
        Arguments.of(new CreateSequence(Sequence.of("ORDER_SEQ")), "Sequence ORDER_SEQ already exists"),
        Arguments.of(new DropSequence("line_seq"), "No sequence line_seq in the schema"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void applyNamesWhatDoesNotFit(Operation operation, String message) {
    assertThatThrownBy(() -> operation.apply(SHOP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void dropColumnNamesAForeignKeyOfAnotherTableThatReferencesIt() {
    Schema schema = Schema.EMPTY
        .withTable(Table.named("countries").column(Column.of("code", varchar(2))))
        .withTable(Table.named("cities").column(Column.of("country", varchar(2))).withForeignKey(
            ForeignKey.named("fk_city_country", "country").references("COUNTRIES", "CODE")));

    assertThatThrownBy(() -> new DropColumn("countries", "code").apply(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot drop column countries.code: foreign key fk_city_country of table cities uses it;"
            + " drop that first");
  }

  @Test
  void createTableRefusesForeignKeysAndIndexes() {
    Table withIndex = Table.named("products").column(Column.of("id", BIGINT)).withIndex(Index.of("idx", "id"));
    Table withForeignKey = CUSTOMERS.withoutForeignKeysAndIndexes()
        .withForeignKey(ForeignKey.named("fk_self", "id").references("customers", "id"));

    assertThatThrownBy(() -> new CreateTable(withIndex))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("products").hasMessageContaining("createIndex");
    assertThatThrownBy(() -> new CreateTable(withForeignKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customers").hasMessageContaining("addForeignKey");
  }

  @Test
  void executeJdbcNeedsADescriptionAndWork() {
    assertThatThrownBy(() -> new ExecuteJdbc(" ", c -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a description");
    assertThatThrownBy(() -> new ExecuteJdbc("fill names", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fill names");
  }

  @Test
  void executeSqlNeedsSql() {
    assertThatThrownBy(() -> new ExecuteSql("  \n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("SQL to execute must not be empty");
    assertThatThrownBy(() -> new ExecuteSql(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
