package org.jpamigrations.spring.changed;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** An application whose entities moved ahead of its migrations. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ChangedApp {}
