package org.jpamigrations.spring;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Makes the beans that use the schema depend on the migrations initializer, so that they are created
 * after the migrations ran: what Spring Boot's own {@code EntityManagerFactoryDependsOnPostProcessor}
 * does for Flyway. Written here because that class moved between Boot 3.5 and 4; the types are looked up
 * by name so that a missing spring-orm or spring-jdbc is no error.
 */
public final class DependsOnMigrationsPostProcessor implements BeanFactoryPostProcessor, Ordered {

  static final List<String> DEPENDENT_TYPES = List.of(
      "jakarta.persistence.EntityManagerFactory",
      "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
      "org.springframework.jdbc.core.JdbcOperations",
      "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations");

  private final String initializerBean;

  public DependsOnMigrationsPostProcessor(String initializerBean) {
    this.initializerBean = initializerBean;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    for (String name : dependentBeans(beanFactory)) {
      BeanDefinition definition = beanFactory.getBeanDefinition(name);
      Set<String> dependsOn = new LinkedHashSet<>();
      if (definition.getDependsOn() != null) {
        dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
      }
      dependsOn.add(initializerBean);
      definition.setDependsOn(dependsOn.toArray(String[]::new));
    }
  }

  private Set<String> dependentBeans(ConfigurableListableBeanFactory beanFactory) {
    Set<String> names = new LinkedHashSet<>();
    ClassLoader loader = beanFactory.getBeanClassLoader();
    for (String typeName : DEPENDENT_TYPES) {
      if (!ClassUtils.isPresent(typeName, loader)) {
        continue;
      }
      Class<?> type = ClassUtils.resolveClassName(typeName, loader);
      for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
        String bean = BeanFactoryUtils.transformedBeanName(name);
        if (beanFactory.containsBeanDefinition(bean) && !bean.equals(initializerBean)) {
          names.add(bean);
        }
      }
    }
    return names;
  }

  @Override
  public int getOrder() {
    return 0;
  }
}
