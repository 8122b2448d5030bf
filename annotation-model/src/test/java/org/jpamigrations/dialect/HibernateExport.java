package org.jpamigrations.dialect;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Lets Hibernate create the schema of {@link ShopEntities} in a database, as an application would. */
final class HibernateExport {

  private HibernateExport() {}

  static void create(String url, String user, String password) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting("jakarta.persistence.jdbc.url", url)
        .applySetting("jakarta.persistence.jdbc.user", user)
        .applySetting("jakarta.persistence.jdbc.password", password)
        .applySetting("jakarta.persistence.schema-generation.database.action", "create")
        .build();
    try (SessionFactory ignored = new MetadataSources(registry)
        .addAnnotatedClass(ShopEntities.Customer.class)
        .addAnnotatedClass(ShopEntities.Purchase.class)
        .buildMetadata()
        .buildSessionFactory()) {
      // building the factory runs the export
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
