package org.jpamigrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.history.Checksums;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.runner.Direction;
import org.jpamigrations.runner.RunListener;
import org.jpamigrations.runner.fixtures.FixtureNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entry point applications, the CLI and the goals share, on a real H2 database. */
class MigrationsTest {

  private static int databases;
  private String url;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void freshDatabase() {
    url = "jdbc:h2:mem:migrations" + (++databases) + ";DB_CLOSE_DELAY=-1";
  }

  private Migrations migrations() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return Migrations.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .packageName(FixtureNames.PACKAGE)
        .listener(new RunListener() {
          @Override
          public void info(String message) {
            log.add(message);
          }
        })
        .load();
  }

  @Test
  void upgradesToTheHeadAndReportsWhereTheDatabaseStands() {
    Migrations migrations = migrations();
    assertThat(migrations.status().pending()).extracting(MigrationScript::revision)
        .containsExactly("20260101000001", "20260101000002", "20260101000003");

    MigrateResult result = migrations.upgrade();

    assertThat(result.from()).isNull();
    assertThat(result.to()).isEqualTo("20260101000003");
    assertThat(result.revisions()).containsExactly("20260101000001", "20260101000002", "20260101000003");
    assertThat(log.get(log.size() - 1)).startsWith("Upgraded jdbc:h2:mem:").endsWith("to revision 20260101000003.");
    MigrationStatus status = migrations.status();
    assertThat(status.upToDate()).isTrue();
    assertThat(status.current()).containsExactly("20260101000003");
    assertThat(migrations.validate().applied()).hasSize(3);
    assertThat(tables()).contains("CUSTOMER", "PURCHASE");
  }

  @Test
  void downgradesToATargetAndToBase() {
    Migrations migrations = migrations();
    migrations.upgrade();

    assertThat(migrations.downgrade("20260101000001").revisions())
        .containsExactly("20260101000003", "20260101000002");
    assertThat(migrations.status().current()).containsExactly("20260101000001");
    assertThat(migrations.downgrade("base").to()).isNull();
    assertThat(tables()).containsExactly("JPA_MIGRATIONS_HISTORY");
  }

  @Test
  void eachRunReportsWhereItFoundTheDatabaseAndWhereItLeftIt() {
    Migrations migrations = migrations();
    assertThat(migrations.downgrade("base")).extracting(MigrateResult::from, MigrateResult::to).containsExactly(null, null);

    assertThat(migrations.upgrade("20260101000001"))
        .extracting(MigrateResult::from, MigrateResult::to).containsExactly(null, "20260101000001");
    assertThat(migrations.upgrade())
        .extracting(MigrateResult::from, MigrateResult::to).containsExactly("20260101000001", "20260101000003");
    MigrateResult nothing = migrations.upgrade();
    assertThat(nothing.revisions()).isEmpty();
    assertThat(nothing).extracting(MigrateResult::from, MigrateResult::to)
        .containsExactly("20260101000003", "20260101000003");
    assertThat(log.get(log.size() - 1)).startsWith("Nothing to upgrade: ").endsWith("is at revision 20260101000003");
    assertThat(migrations.downgrade("20260101000001"))
        .extracting(MigrateResult::from, MigrateResult::to).containsExactly("20260101000003", "20260101000001");
  }

  @Test
  void validateRefusesADatabaseThatIsBehind() {
    Migrations migrations = migrations();
    migrations.upgrade("20260101000001");

    assertThatThrownBy(migrations::validate)
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("(2 problems)")
        .hasMessageContaining("PENDING: migration 20260101000002");
  }

  @Test
  void baselineStampsOnlyASchemaWithoutHistory() throws SQLException {
    Migrations migrations = migrations();
    assertThat(migrations.baselineIfUnversioned(null)).isEmpty(); // empty database: upgrade creates it

    execute("create table customer (id bigint not null primary key, name varchar(100))");
    assertThat(migrations.baselineIfUnversioned("20260101000001")).containsExactly("20260101000001");
    assertThat(migrations.baselineIfUnversioned(null)).isEmpty(); // history now: never again
    assertThat(migrations.upgrade().revisions()).containsExactly("20260101000002", "20260101000003");
  }

  @Test
  void aDatabaseThatRecordedTheOldChecksumFormIsAcceptedAndMovedToTheCurrentOne() throws SQLException {
    Migrations migrations = migrations();
    migrations.upgrade("20260101000002");
    MigrationScript first = migrations.migrations().get(0);
    String legacy = Checksums.legacy(first.up());
    execute("update jpa_migrations_history set checksum = '" + legacy + "' where revision = '20260101000001'");
    execute("update jpa_migrations_history set checksum = '" + "0".repeat(64) + "' where revision = '20260101000002'");

    assertThat(migrations.status().problems()).singleElement().asString()
        .startsWith("EDITED: migration 20260101000002"); // the old form still tells an edit from none

    execute("update jpa_migrations_history set checksum = '" + Checksums.legacy(migrations.migrations().get(1).up())
        + "' where revision = '20260101000002'");
    assertThat(migrations.status().problems()).isEmpty();
    migrations.upgrade();
    assertThat(migrations.status().applied()).extracting(AppliedRevision::checksum)
        .allMatch(checksum -> checksum.startsWith(Checksums.CURRENT_FORM))
        .first().isEqualTo(first.checksum());
  }

  @Test
  void stampRefusesAnEmptyDatabaseUnlessForced() {
    Migrations migrations = migrations();

    assertThatThrownBy(() -> migrations.stamp("head", false)).hasMessageContaining("it has no tables");
    assertThat(migrations.stamp("head", true)).hasSize(3);
  }

  @Test
  void aMisspeltPackageIsAnErrorNotAnEmptyRun() {
    assertThatThrownBy(() -> Migrations.configure(getClass().getClassLoader())
        .dataSource(url, "sa", "")
        .packageName("com.acme.nope")
        .load())
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("No migration in package com.acme.nope");
  }

  @Test
  void sqlNeedsNoDatabase() {
    String script = Migrations.configure(getClass().getClassLoader()).packageName(FixtureNames.PACKAGE).load()
        .sql("postgresql", Direction.UP, null, "20260101000001");

    assertThat(script).contains("create table customer").contains("insert into jpa_migrations_history");
    assertThatThrownBy(() -> Migrations.configure(getClass().getClassLoader())
        .packageName(FixtureNames.PACKAGE).load().upgrade())
        .hasMessageStartingWith("No database to migrate");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<String> tables() {
    List<String> names = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        var rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }
}
