package org.jpamigrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jpamigrations.Migrations;
import org.jpamigrations.history.AppliedRevision;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.spring.app.JpaApp;
import org.jpamigrations.spring.changed.ChangedApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The starter in a context with H2 and Hibernate, as an application starts it. */
class MigrationsAutoConfigurationTest {

  static final String PACKAGE = "org.jpamigrations.spring.migrations";
  static final String V1 = "20260101000001";
  static final String V2 = "20260101000002";

  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          HibernateJpaAutoConfiguration.class, MigrationsAutoConfiguration.class,
          MigrationsEndpointAutoConfiguration.class))
      .withUserConfiguration(JpaApp.class)
      .withPropertyValues("spring.datasource.url=" + url, "spring.jpa.hibernate.ddl-auto=validate",
          "migrations.package=" + PACKAGE);

  @Test
  void upgradesBeforeHibernateValidates() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
      assertThat(revisions(context.getBean(Migrations.class))).containsExactly(V1, V2);
      assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
          .contains(MigrationsAutoConfiguration.INITIALIZER_BEAN);
    });
  }

  @Test
  void sqlInitScriptsRunAfterTheMigrations() {
    runner.withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
        .withPropertyValues("spring.sql.init.mode=always", "spring.sql.init.data-locations=classpath:customers.sql")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(revisions(context.getBean(Migrations.class))).containsExactly(V1, V2);
          // Ordered by Boot, through MigrationsDatabaseInitializerDetector, not by luck.
          String[] scripts = context.getBeanNamesForType(DataSourceScriptDatabaseInitializer.class);
          assertThat(scripts).hasSize(1);
          assertThat(context.getBeanFactory().getBeanDefinition(scripts[0]).getDependsOn())
              .contains(MigrationsAutoConfiguration.INITIALIZER_BEAN);
        });
  }

  @Test
  void lazyInitializationStillMigrates() {
    // No JPA, no JDBC template: nothing else would ask for the initializer.
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class))
        .withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
        .withPropertyValues("spring.datasource.url=" + url, "migrations.package=" + PACKAGE)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(tables(new DriverManagerDataSource(url, "sa", ""))).contains("CUSTOMER");
        });
  }

  @Test
  void entitiesTheMigrationsCaptureStartWithThePendingChangesCheck() {
    runner.withPropertyValues("migrations.fail-on-pending-model-changes=true").run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
      assertThat(context).hasSingleBean(PendingModelChangesPostProcessor.class);
    });
  }

  @Test
  void anEntityChangeNoMigrationRecordsFailsTheStartWhenAskedTo() {
    ApplicationContextRunner changed = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            HibernateJpaAutoConfiguration.class, MigrationsAutoConfiguration.class))
        .withUserConfiguration(ChangedApp.class)
        .withPropertyValues("spring.datasource.url=" + url, "spring.jpa.hibernate.ddl-auto=none",
            "migrations.package=" + PACKAGE);
    changed.withPropertyValues("migrations.fail-on-pending-model-changes=true").run(context -> {
      assertThat(context).hasFailed();
      MigrationException failure = rootOfType(context.getStartupFailure(), MigrationException.class);
      assertThat(failure.getMessage())
          .startsWith("The entities have 1 change that no migration captures:\n  add column customer.phone")
          .contains("migrations:generate").contains("migrations.fail-on-pending-model-changes=false");
      assertThat(new MigrationsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
          .isEqualTo(failure.getMessage());
    });
    // Off by default, as in Spring Boot's other checks: the same application starts.
    changed.run(context -> assertThat(context).hasNotFailed()
        .doesNotHaveBean(PendingModelChangesPostProcessor.class));
  }

  @Test
  void validateOnStartFailsOnADatabaseThatIsBehind() {
    runner.withPropertyValues("migrations.validate-on-start=true").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure()))
          .contains("PENDING: migration " + V1).contains(V2);
    });
  }

  @Test
  void validateOnStartPassesOnAnUpToDateDatabase() {
    runner.run(context -> assertThat(context).hasNotFailed());
    runner.withPropertyValues("migrations.validate-on-start=true").run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void disabledLeavesTheDatabaseAlone() {
    runner.withPropertyValues("migrations.enabled=false", "spring.jpa.hibernate.ddl-auto=none").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(Migrations.class)
          .doesNotHaveBean(MigrationsInitializer.class).doesNotHaveBean(MigrationsEndpoint.class);
      assertThat(tables(context.getBean(DataSource.class))).isEmpty();
    });
  }

  @Test
  void aDdlLockTimeoutIsSetForTheMigrationsAndChecked() {
    runner.withPropertyValues("migrations.ddl-lock-timeout=2s", "migrations.ddl-retries=3").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(revisions(context.getBean(Migrations.class))).containsExactly(V1, V2);
    });
    runner.withPropertyValues("migrations.ddl-lock-timeout=0s").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains("migrations.ddl-lock-timeout is PT0S");
    });
    runner.withPropertyValues("migrations.ddl-lock-timeout=2s", "migrations.ddl-retries=-1").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains("migrations.ddl-retries is -1: give 0 to 50");
    });
  }

  @Test
  void aMissingPackageNamesTheProperty() {
    runner.withPropertyValues("migrations.package=").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains("migrations.package is not set");
    });
  }

  @Test
  void aUserStrategyReplacesTheDefault() {
    // Hibernate would find the email column missing: this strategy stops before it.
    runner.withUserConfiguration(UpToFirst.class).withPropertyValues("spring.jpa.hibernate.ddl-auto=none")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(MigrationStrategy.class);
          assertThat(revisions(context.getBean(Migrations.class))).containsExactly(V1);
        });
  }

  @Test
  void baselineOnEmptyStampsExistingTablesThenUpgrades() throws SQLException {
    try (Connection c = new DriverManagerDataSource(url, "sa", "").getConnection()) {
      c.createStatement().execute("create table customer (id bigint not null primary key, name varchar(100))");
    }
    runner.withPropertyValues("migrations.baseline-on-empty=true", "migrations.baseline-revision=" + V1)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(revisions(context.getBean(Migrations.class))).containsExactly(V1, V2);
        });
  }

  @Test
  void withoutBaselineExistingTablesFailTheStart() throws SQLException {
    try (Connection c = new DriverManagerDataSource(url, "sa", "").getConnection()) {
      c.createStatement().execute("create table customer (id bigint not null primary key, name varchar(100))");
    }
    runner.run(context -> assertThat(context).hasFailed());
  }

  @Test
  void theNamedDataSourceIsMigrated() {
    runner.withUserConfiguration(TwoDataSources.class)
        .withPropertyValues("migrations.datasource=reportingDataSource", "spring.jpa.hibernate.ddl-auto=none")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(tables(context.getBean("reportingDataSource", DataSource.class))).contains("CUSTOMER");
          assertThat(tables(context.getBean("appDataSource", DataSource.class))).isEmpty();
        });
  }

  @Test
  void aMigrationOnlyUrlIsMigratedInsteadOfTheDataSource() {
    String other = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    runner.withPropertyValues("migrations.url=" + other, "migrations.user=sa", "spring.jpa.hibernate.ddl-auto=none")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(tables(new DriverManagerDataSource(other, "sa", ""))).contains("CUSTOMER");
          assertThat(tables(context.getBean(DataSource.class))).isEmpty();
        });
  }

  @Test
  void anUnknownDataSourceNameIsNamedInTheFailure() {
    runner.withPropertyValues("migrations.datasource=nope").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure()))
          .contains("migrations.datasource names DataSource bean 'nope', which does not exist");
    });
  }

  @Test
  void aMigrationOnlyUserConnectsToTheDataSourceUrl() {
    // The account does not exist: the failure shows the migrations used it, on the application's database.
    runner.withPropertyValues("migrations.user=owner", "migrations.password=wrong").run(context -> {
      assertThat(context).hasFailed();
      assertThat(messages(context.getStartupFailure())).contains(url.substring(0, url.indexOf(';')))
          .contains("Wrong user name or password");
    });
  }

  @Test
  void theEndpointListsTheAppliedMigrations() {
    runner.run(context -> {
      MigrationsReport report = context.getBean(MigrationsEndpoint.class).migrations();
      assertThat(report.current()).containsExactly(V2);
      assertThat(report.applied()).extracting(MigrationsReport.Applied::revision).containsExactly(V1, V2);
      assertThat(report.applied().get(1).message()).isEqualTo("add email");
      assertThat(report.applied().get(0).appliedAt()).isNotBlank();
      assertThat(report.pending()).isEmpty();
      assertThat(report.upToDate()).isTrue();
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class UpToFirst {
    @Bean
    MigrationStrategy upToFirst() {
      return migrations -> migrations.upgrade(V1);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {
    @Bean
    DataSource appDataSource() {
      return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Bean
    DataSource reportingDataSource() {
      return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
  }

  private static List<String> revisions(Migrations migrations) {
    return migrations.status().applied().stream().map(AppliedRevision::revision).toList();
  }

  /** The user tables, without the history and lock tables. */
  private static List<String> tables(DataSource dataSource) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.toLowerCase().startsWith("jpa_migrations")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static <T extends Throwable> T rootOfType(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("No " + type.getSimpleName() + " in " + failure);
  }

  private static String messages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }
}
