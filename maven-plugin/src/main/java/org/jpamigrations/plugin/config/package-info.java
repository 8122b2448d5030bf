/** Where the Hibernate settings that shape an application's schema come from: Spring Boot, persistence.xml, properties. */
package org.jpamigrations.plugin.config;
