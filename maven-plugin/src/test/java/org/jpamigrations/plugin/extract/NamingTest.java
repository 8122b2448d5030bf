package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names as Hibernate has them after its naming strategies and quoting settings. */
class NamingTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void tablesAndSequencesInASchemaAreQualified(@TempDir Path dir) throws Exception {
    Schema schema = MappingReader.read(FixtureClasses.copy("sales", dir), loader, Map.of());

    assertThat(schema.tables()).extracting(Table::name).containsExactly("sales.invoices");
    assertThat(schema.sequences()).containsExactly(new Sequence("sales.invoice_ids", 1, 1));
  }

  /** MySQL and MariaDB have no schemas: Hibernate's DDL leaves @Table(schema) out, and so does the model. */
  @Test
  void aDatabaseWithoutSchemasLeavesTheSchemaOut(@TempDir Path dir) throws Exception {
    Schema schema = MappingReader.read(FixtureClasses.copy("sales", dir), loader,
        Map.of("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect"));

    assertThat(schema.tables()).extracting(Table::name).containsExactly("invoices");
  }

  @Test
  void globallyQuotedIdentifiersAreInBackticks(@TempDir Path dir) throws Exception {
    Schema schema = MappingReader.read(
        FixtureClasses.copy("shop", dir), loader, Map.of("hibernate.globally_quoted_identifiers", "true"));

    Table customers = schema.table("`customers`");
    assertThat(customers.columns()).extracting(Column::name).contains("`id`", "`first_name`", "`email`");
    assertThat(customers.primaryKey().columns()).containsExactly("`id`");
    assertThat(schema.table("`order`").foreignKeys())
        .allSatisfy(fk -> assertThat(fk.referencedTable()).startsWith("`"));
    assertThat(schema.findSequence("`Product_SEQ`")).isPresent();
  }

  @Test
  void aPhysicalNamingStrategyRenamesTablesAndColumns(@TempDir Path dir) throws Exception {
    Schema schema = MappingReader.read(
        FixtureClasses.copy("shop", dir),
        loader,
        Map.of("hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));

    assertThat(schema.findTable("shipping_address")).isPresent();
    assertThat(schema.table("customers").findColumn("loyalty_points")).isPresent();
    assertThat(schema.findSequence("product_seq")).isPresent();
  }
}
