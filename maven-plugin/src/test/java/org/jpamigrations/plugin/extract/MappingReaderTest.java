package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.hibernate.type.SqlTypes;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shop fixtures, read as Hibernate would export them on H2. */
class MappingReaderTest {

  @TempDir static Path classes;

  static Schema schema;

  @BeforeAll
  static void read() throws Exception {
    schema = MappingReader.read(FixtureClasses.copy("shop", classes), MappingReaderTest.class.getClassLoader(), Map.of());
  }

  @Test
  void listsEveryTableByName() {
    assertThat(schema.tables())
        .extracting(Table::name)
        .containsExactly("customers", "`order`", "order_products", "Product", "ShippingAddress");
  }

  @Test
  void identityIdAndSizedStrings() {
    Table customers = schema.table("customers");

    assertThat(customers.findColumn("id")).contains(
        new Column("id", ColumnType.of(Types.BIGINT), false, true, null, null, null));
    assertThat(customers.findColumn("first_name")).contains(
        new Column("first_name", ColumnType.of(Types.VARCHAR).length(50), false, false, null, null, null));
    assertThat(customers.findColumn("last_name")).contains(
        Column.of("last_name", ColumnType.of(Types.VARCHAR).length(80)));
    assertThat(customers.findColumn("email")).contains(
        Column.of("email", ColumnType.of(Types.VARCHAR).length(255)).notNull());
    assertThat(customers.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
  }

  @Test
  void embeddedColumnsDefaultAndComment() {
    Table customers = schema.table("customers");

    assertThat(customers.findColumn("street")).contains(Column.of("street", ColumnType.of(Types.VARCHAR).length(120)));
    assertThat(customers.findColumn("city")).contains(Column.of("city", ColumnType.of(Types.VARCHAR).length(255)));
    assertThat(customers.findColumn("loyaltyPoints")).contains(
        new Column("loyaltyPoints", ColumnType.of(Types.INTEGER), false, false, "0", null, "Points earned with purchases"));
  }

  @Test
  void columnsComeInHibernatesExportOrder() {
    // Hibernate's standard ordering: fixed-size columns first, by size, then by name.
    assertThat(schema.table("customers").columns())
        .extracting(Column::name)
        .containsExactly("loyaltyPoints", "id", "first_name", "last_name", "street", "city", "email");
  }

  @Test
  void uniqueColumnAndIndex() {
    Table customers = schema.table("customers");

    assertThat(customers.uniqueConstraints()).singleElement().satisfies(unique -> {
      assertThat(unique.name()).startsWith("UK");
      assertThat(unique.columns()).containsExactly("email");
    });
    assertThat(customers.indexes()).containsExactly(Index.of("idx_customer_name", "last_name", "first_name"));
  }

  @Test
  void numericTemporalBooleanAndEnumTypes() {
    Table product = schema.table("Product");

    assertThat(product.findColumn("price")).contains(Column.of("price", ColumnType.of(Types.NUMERIC).precision(10).scale(2)));
    assertThat(product.findColumn("weight")).contains(Column.of("weight", ColumnType.of(Types.NUMERIC).precision(38).scale(2)));
    assertThat(product.findColumn("createdAt")).contains(Column.of("createdAt", ColumnType.of(Types.TIMESTAMP).precision(6)));
    assertThat(product.findColumn("active")).contains(Column.of("active", ColumnType.of(Types.BOOLEAN)).notNull());
    // H2 stores it in a native enum type; the model keeps the varchar and the constants other databases need.
    assertThat(product.findColumn("status")).contains(
        Column.of("status", ColumnType.of(Types.VARCHAR).length(255).enumOf("DRAFT", "ACTIVE", "RETIRED")));
  }

  @Test
  void columnDefinitionIsKeptOnlyWhenTheUserGaveOne() {
    Table product = schema.table("Product");

    assertThat(product.findColumn("barcode").orElseThrow().type().definition()).isEqualTo("char(13)");
    assertThat(product.columns())
        .filteredOn(column -> !column.name().equals("barcode"))
        .allSatisfy(column -> assertThat(column.type().definition()).isNull());
  }

  @Test
  void autoIdUsesTheDefaultSequenceAndIsNoIdentity() {
    assertThat(schema.table("Product").findColumn("id")).contains(Column.of("id", ColumnType.of(Types.BIGINT)).notNull());
    assertThat(schema.findSequence("Product_SEQ")).contains(new Sequence("Product_SEQ", 1, 50));
    assertThat(schema.findSequence("order_ids")).contains(new Sequence("order_ids", 100, 10));
    assertThat(schema.sequences()).extracting(Sequence::name).containsExactly("order_ids", "Product_SEQ");
  }

  @Test
  void tableUniqueConstraintKeepsItsNameAndColumnOrder() {
    assertThat(schema.table("Product").uniqueConstraints())
        .containsExactly(new UniqueConstraint("uk_product_vendor_sku", List.of("vendor", "sku")));
  }

  @Test
  void quotedTableWithManyToOneAndOneToOne() {
    Table order = schema.table("`order`");

    assertThat(order.comment()).isEqualTo("Orders placed by customers");
    assertThat(order.findColumn("customer_id")).contains(Column.of("customer_id", ColumnType.of(Types.BIGINT)).notNull());
    assertThat(order.findColumn("shipping_id")).contains(Column.of("shipping_id", ColumnType.of(Types.BIGINT)));

    ForeignKey toCustomer = foreignKeyOn(order, "customer_id");
    assertThat(toCustomer.name()).startsWith("FK");
    assertThat(toCustomer.referencedTable()).isEqualTo("customers");
    assertThat(toCustomer.referencedColumns()).containsExactly("id");
    assertThat(toCustomer.onDelete()).isEqualTo(ReferentialAction.CASCADE);

    ForeignKey toShipping = foreignKeyOn(order, "shipping_id");
    assertThat(toShipping.referencedTable()).isEqualTo("ShippingAddress");
    assertThat(toShipping.onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(order.uniqueConstraints()).singleElement()
        .satisfies(unique -> assertThat(unique.columns()).containsExactly("shipping_id"));
  }

  @Test
  void manyToManyJoinTable() {
    Table join = schema.table("order_products");

    assertThat(join.columns()).extracting(Column::name).containsExactly("`Order_id`", "products_id");
    assertThat(join.columns()).allSatisfy(column -> assertThat(column.nullable()).isFalse());
    assertThat(join.primaryKey().columns()).containsExactly("`Order_id`", "products_id");
    assertThat(foreignKeyOn(join, "`Order_id`").referencedTable()).isEqualTo("`order`");
    assertThat(foreignKeyOn(join, "products_id").referencedTable()).isEqualTo("Product");
    assertThat(join.uniqueConstraints()).isEmpty();
  }

  @Test
  void anotherDialectResolvesTypesItsOwnWay(@TempDir Path dir) throws Exception {
    Schema postgres = MappingReader.read(
        FixtureClasses.copy("shop", dir),
        getClass().getClassLoader(),
        Map.of("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect"));

    // PostgreSQL has no inline enum type: Hibernate maps the enum to varchar.
    Column status = postgres.table("Product").findColumn("status").orElseThrow();
    assertThat(status.type().code()).isEqualTo(Types.VARCHAR);
    assertThat(status.type().definition()).isNull();
    assertThat(postgres.table("customers").findColumn("id").orElseThrow().identity()).isTrue();
  }

  private static ForeignKey foreignKeyOn(Table table, String column) {
    return table.foreignKeys().stream()
        .filter(fk -> fk.columns().equals(List.of(column)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No foreign key on " + table.name() + "." + column));
  }
}
