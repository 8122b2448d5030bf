package org.jpamigrations.plugin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.type.SqlTypes;
import org.jpamigrations.model.Column;
import org.junit.jupiter.api.Test;

/** The shop fixtures: identity and sequence ids, associations, a quoted table, constraints and an enum. */
class ShopH2ExportTest extends H2ExportOracle {

  @Override
  String fixture() {
    return "shop";
  }

  @Test
  void sameEnumTypes() throws SQLException {
    // H2 reports an enum column as ENUM with its values, which Hibernate sorts; the model keeps the declared order.
    Column status = extracted.table("Product").findColumn("status").orElseThrow();
    assertThat(status.type().isEnum()).isTrue();
    try (PreparedStatement query = connection.prepareStatement(
        "select e.VALUE_NAME from INFORMATION_SCHEMA.ENUM_VALUES e"
            + " where e.OBJECT_NAME = 'PRODUCT' order by e.VALUE_ORDINAL")) {
      List<String> values = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          values.add("'" + rs.getString(1) + "'");
        }
      }
      assertThat(status.type().values().stream().sorted().map(v -> "'" + v + "'").toList()).isEqualTo(values);
    }
  }

  @Test
  void namedUniqueConstraintKeepsItsName() throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery(
        "select TABLE_NAME from INFORMATION_SCHEMA.TABLE_CONSTRAINTS where CONSTRAINT_NAME = 'UK_PRODUCT_VENDOR_SKU'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("PRODUCT");
    }
    assertThat(extracted.table("Product").findUnique("uk_product_vendor_sku")).isPresent();
  }
}
