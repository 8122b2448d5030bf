package org.jpamigrations.spring;

import org.jpamigrations.Migrations;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link MigrationStrategy} when the bean is initialized. Every EntityManagerFactory and JDBC
 * template depends on this bean ({@link DependsOnMigrationsPostProcessor}), so the schema is migrated
 * before Hibernate validates it.
 */
public final class MigrationsInitializer implements InitializingBean {

  private final Migrations migrations;
  private final MigrationStrategy strategy;

  public MigrationsInitializer(Migrations migrations, MigrationStrategy strategy) {
    this.migrations = migrations;
    this.strategy = strategy;
  }

  @Override
  public void afterPropertiesSet() {
    strategy.migrate(migrations);
  }
}
