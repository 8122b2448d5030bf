package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlDialectsTest {

  @ParameterizedTest
  @CsvSource({
      "h2, H2", "H2, H2", "postgresql, PostgreSQL", "PostgreSQL, PostgreSQL", "mysql, MySQL", "MariaDB, MariaDB",
      "sqlserver, SQL Server", "ORACLE, Oracle", "org.hibernate.dialect.PostgreSQLDialect, PostgreSQL",
      "org.hibernate.dialect.CockroachDialect, Cockroach"})
  void findsDialectsByShortNameOrClass(String name, String expected) {
    assertThat(SqlDialects.forName(name).name()).isEqualTo(expected);
  }

  @Test
  void aDialectClassHasTheKeyOfTheMostSpecificDatabaseItIsFor() {
    assertThat(SqlDialects.key("org.hibernate.dialect.MariaDBDialect")).isEqualTo("mariadb");
    assertThat(SqlDialects.key("org.hibernate.dialect.MySQLDialect")).isEqualTo("mysql");
    assertThat(SqlDialects.key("postgresql")).isEqualTo("postgresql");
    assertThat(SqlDialects.portableReading("org.hibernate.dialect.H2Dialect")).isTrue();
    assertThat(SqlDialects.portableReading(null)).isTrue();
    assertThat(SqlDialects.portableReading("org.hibernate.dialect.PostgreSQLDialect")).isFalse();
  }

  @Test
  void unknownNameListsTheAcceptedOnes() {
    assertThatThrownBy(() -> SqlDialects.forName("db9"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("'db9'")
        .hasMessageContaining("h2, postgresql, mysql, mariadb, sqlserver, oracle");
    assertThatThrownBy(() -> SqlDialects.forName(" "))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("h2, postgresql");
  }

  @Test
  void classThatIsNoDialectIsRefused() {
    assertThatThrownBy(() -> SqlDialects.forName("java.lang.String"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("java.lang.String is not a Hibernate dialect");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "jdbc:h2:mem:x, null, org.hibernate.dialect.H2Dialect",
      "jdbc:postgresql://localhost/db, null, org.hibernate.dialect.PostgreSQLDialect",
      "jdbc:mariadb://localhost/db, null, org.hibernate.dialect.MariaDBDialect",
      "jdbc:mysql://localhost/db, null, org.hibernate.dialect.MySQLDialect",
      "jdbc:sqlserver://localhost;databaseName=db, null, org.hibernate.dialect.SQLServerDialect",
      "jdbc:oracle:thin:@localhost:1521/db, null, org.hibernate.dialect.OracleDialect",
      "jdbc:derby:memory:x, null, org.hibernate.dialect.H2Dialect",
      "null, null, org.hibernate.dialect.H2Dialect",
      "jdbc:h2:mem:x, mariadb, org.hibernate.dialect.MariaDBDialect",
      "jdbc:h2:mem:x, org.hibernate.dialect.OracleDialect, org.hibernate.dialect.OracleDialect"})
  void hibernateSettingsChooseTheDialectWithoutConnecting(String url, String override, String expected) {
    Map<String, String> settings = SqlDialects.hibernateSettings(url, override);
    assertThat(settings)
        .containsEntry("hibernate.dialect", expected)
        .containsEntry("hibernate.boot.allow_jdbc_metadata_access", "false");
  }

  @Test
  void connectionTellsTheDatabaseAndItsVersion() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:detect", "sa", "")) {
      HibernateSqlDialect dialect = (HibernateSqlDialect) SqlDialects.forConnection(connection, null);
      assertThat(dialect.hibernateDialect()).isInstanceOf(H2Dialect.class);
      int major = connection.getMetaData().getDatabaseMajorVersion();
      int minor = connection.getMetaData().getDatabaseMinorVersion();
      assertThat(dialect.hibernateDialect().getVersion().isSame(major, minor)).isTrue();
    }
  }

  @Test
  void overrideWinsOverTheConnection() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:override", "sa", "")) {
      assertThat(((HibernateSqlDialect) SqlDialects.forConnection(connection, "postgresql")).hibernateDialect())
          .isInstanceOf(PostgreSQLDialect.class);
      assertThat(((HibernateSqlDialect) SqlDialects.forConnection(connection, "org.hibernate.dialect.MariaDBDialect"))
          .hibernateDialect()).isInstanceOf(MariaDBDialect.class);
      assertThat(SqlDialects.forConnection(connection, "  ").name()).isEqualTo("H2");
    }
  }
}
