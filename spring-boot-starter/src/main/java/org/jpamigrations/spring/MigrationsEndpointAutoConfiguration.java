package org.jpamigrations.spring;

import org.jpamigrations.Migrations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code migrations} Actuator endpoint, when Actuator is on the class path; exposed as any endpoint is. */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(Migrations.class)
public class MigrationsEndpointAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public MigrationsEndpoint migrationsEndpoint(Migrations migrations) {
    return new MigrationsEndpoint(migrations);
  }
}
