package org.jpamigrations.plugin.config;

import java.util.Map;

/**
 * The naming strategies Spring Boot gives Hibernate unless the application says otherwise: table
 * {@code CustomerOrder} becomes {@code customer_order}, field {@code orderDate} becomes
 * {@code order_date}. Spring Boot 4 keeps its implicit strategy in spring-boot-hibernate, Spring Boot
 * 3 in spring-boot.
 */
final class SpringBootDefaults {

  static final String PHYSICAL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
  static final String[] IMPLICIT = {
      "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
      "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"};

  private SpringBootDefaults() {}

  /** Spring Boot's naming settings when its Hibernate support is on the project's class path; else none. */
  static Map<String, String> detect(ClassLoader projectLoader) {
    for (String implicit : IMPLICIT) {
      if (present(implicit, projectLoader)) {
        return Map.of(
            "hibernate.physical_naming_strategy", PHYSICAL,
            "hibernate.implicit_naming_strategy", implicit);
      }
    }
    return Map.of();
  }

  private static boolean present(String className, ClassLoader loader) {
    return loader.getResource(className.replace('.', '/') + ".class") != null;
  }
}
