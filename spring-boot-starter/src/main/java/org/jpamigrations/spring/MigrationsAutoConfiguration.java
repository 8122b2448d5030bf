package org.jpamigrations.spring;

import javax.sql.DataSource;
import org.jpamigrations.Migrations;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies the migrations at start-up, before the EntityManagerFactory is created. Boot's own classes are
 * named as strings: DataSourceAutoConfiguration and the JPA auto-configuration moved in Boot 4, and the
 * same jar serves Boot 3.5 and 4.
 */
@AutoConfiguration(
    afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"},
    beforeName = {
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ConditionalOnClass({Migrations.class, DataSource.class})
@ConditionalOnProperty(prefix = "migrations", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
public class MigrationsAutoConfiguration {

  /** The bean every EntityManagerFactory and JDBC template waits for. */
  public static final String INITIALIZER_BEAN = "migrationsInitializer";

  @Bean
  @ConditionalOnMissingBean
  public Migrations migrations(MigrationsProperties properties, ListableBeanFactory beans,
      ObjectProvider<DataSource> dataSources, ResourceLoader resourceLoader) {
    return MigrationsFactory.create(properties, beans, dataSources::getIfUnique, resourceLoader.getClassLoader());
  }

  @Bean
  @ConditionalOnMissingBean
  public MigrationStrategy migrationStrategy(MigrationsProperties properties) {
    return new DefaultMigrationStrategy(properties);
  }

  /** Never lazy: with spring.main.lazy-initialization an application without JPA would never migrate. */
  @Bean(INITIALIZER_BEAN)
  @Lazy(false)
  public MigrationsInitializer migrationsInitializer(Migrations migrations, MigrationStrategy strategy) {
    return new MigrationsInitializer(migrations, strategy);
  }

  /** Static: a bean factory post-processor must exist before the configuration's own beans. */
  @Bean
  public static DependsOnMigrationsPostProcessor migrationsDependsOnPostProcessor() {
    return new DependsOnMigrationsPostProcessor(INITIALIZER_BEAN);
  }

  /** Only with Hibernate and Spring's JPA support: a nested class, so that nothing loads their types otherwise. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {
      "org.hibernate.integrator.spi.Integrator", "org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean"})
  @ConditionalOnProperty(prefix = "migrations", name = "fail-on-pending-model-changes", havingValue = "true")
  static class PendingModelChangesConfiguration {

    /** Static, as a post-processor must be; it asks for the Migrations bean only when a factory is built. */
    @Bean
    static PendingModelChangesPostProcessor migrationsPendingModelChangesCheck(ObjectProvider<Migrations> migrations) {
      return new PendingModelChangesPostProcessor(migrations);
    }
  }
}
