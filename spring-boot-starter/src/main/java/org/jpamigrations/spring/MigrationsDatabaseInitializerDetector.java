package org.jpamigrations.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that the migrations initialize the database, as Flyway's detector does: beans marked
 * {@code @DependsOnDatabaseInitialization} wait for them, and {@code spring.sql.init} scripts (data.sql) run
 * after them. Registered in META-INF/spring.factories; the interface has the same name on Boot 3.5 and 4.
 */
public final class MigrationsDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(MigrationsInitializer.class);
  }

  /** Before the SQL scripts, which come last; Flyway's detector has the same order. */
  @Override
  public int getOrder() {
    return 1;
  }
}
