package com.example.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application starts on the database upgrade migrated, with the prod profile and
 * {@code ddl-auto: validate}: Hibernate's own validation accepts the schema the migrations made.
 */
@SpringBootTest
@ActiveProfiles("prod")
class MigratedSchemaTest {

  @Autowired DataSource dataSource;

  @PersistenceContext EntityManager entityManager;

  @Test
  void theMigratedDatabaseIsTheProdDataSource() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getURL()).endsWith("target/shipping-db/shipping");
      try (ResultSet history = c.getMetaData().getTables(null, null, "JPA_MIGRATIONS_HISTORY", null)) {
        assertThat(history.next()).as("the history table upgrade wrote").isTrue();
      }
      // The settings of config/application.yml and application-prod.yml: names as written, a plain timestamp.
      try (ResultSet column = c.getMetaData().getColumns(null, null, "SHIPMENT", "SHIPPEDAT")) {
        assertThat(column.next()).isTrue();
        assertThat(column.getString("TYPE_NAME")).isEqualTo("TIMESTAMP");
      }
      // Bean Validation's constraints, which Hibernate applies to the DDL: NOT NULL and the size.
      try (ResultSet column = c.getMetaData().getColumns(null, null, "SHIPMENT", "CARRIER")) {
        assertThat(column.next()).isTrue();
        assertThat(column.getInt("NULLABLE")).as("carrier nullable").isEqualTo(java.sql.DatabaseMetaData.columnNoNulls);
        assertThat(column.getInt("COLUMN_SIZE")).as("carrier length").isEqualTo(60);
      }
      try (ResultSet column = c.getMetaData().getColumns(null, null, "SHIPMENT", "PARCELS")) {
        assertThat(column.next()).isTrue();
        assertThat(column.getInt("NULLABLE")).as("parcels nullable").isEqualTo(java.sql.DatabaseMetaData.columnNoNulls);
      }
    }
  }

  @Test
  @Transactional
  void theApplicationWritesToIt() {
    Shipment shipment = new Shipment("TRK-1", Instant.parse("2026-01-02T03:04:05Z"));
    entityManager.persist(shipment);
    entityManager.flush();
    assertThat(shipment.getId()).isNotNull();
  }
}
