package org.jpamigrations.spring.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Where JPA finds the entities, as {@code @SpringBootApplication} would say. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class JpaApp {}
