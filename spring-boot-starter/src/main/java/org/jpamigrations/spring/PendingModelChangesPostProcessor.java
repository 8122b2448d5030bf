package org.jpamigrations.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.jpamigrations.Migrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Adds {@link PendingModelChangesCheck} to every Hibernate EntityManagerFactory of the context, through
 * Hibernate's {@code hibernate.integrator_provider} setting, keeping an integrator provider the application
 * set itself. Spring's factory bean is the one hook that has the same name in Boot 3.5 and 4.
 */
final class PendingModelChangesPostProcessor implements BeanPostProcessor {

  static final String INTEGRATOR_PROVIDER = "hibernate.integrator_provider";

  private final ObjectProvider<Migrations> migrations;

  PendingModelChangesPostProcessor(ObjectProvider<Migrations> migrations) {
    this.migrations = migrations;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
      Map<String, Object> properties = factory.getJpaPropertyMap();
      Object own = properties.get(INTEGRATOR_PROVIDER);
      Integrator check = new PendingModelChangesCheck(migrations.getObject());
      properties.put(INTEGRATOR_PROVIDER, (IntegratorProvider) () -> {
        List<Integrator> integrators = new ArrayList<>();
        if (own instanceof IntegratorProvider provider) {
          integrators.addAll(provider.getIntegrators());
        }
        integrators.add(check);
        return integrators;
      });
    }
    return bean;
  }
}
