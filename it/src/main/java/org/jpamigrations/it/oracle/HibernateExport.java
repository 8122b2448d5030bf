package org.jpamigrations.it.oracle;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Builds a database the way Hibernate's own schema export does, for the entities of a classes directory. */
public final class HibernateExport {

  private HibernateExport() {}

  public static void create(Path classesDirectory, String jdbcUrl, String user, String password) {
    run("create", classesDirectory, jdbcUrl, user, password, Map.of());
  }

  /** As {@link #create(Path, String, String, String)}, with the application's own settings (naming strategies, quoting). */
  public static void create(
      Path classesDirectory, String jdbcUrl, String user, String password, Map<String, String> settings) {
    run("create", classesDirectory, jdbcUrl, user, password, settings);
  }

  /** Drops what {@link #create} made, the way Hibernate's schema export drops it. */
  public static void drop(Path classesDirectory, String jdbcUrl, String user, String password) {
    drop(classesDirectory, jdbcUrl, user, password, Map.of());
  }

  /** As {@link #drop(Path, String, String, String)}, with the settings {@link #create} was given. */
  public static void drop(
      Path classesDirectory, String jdbcUrl, String user, String password, Map<String, String> settings) {
    run("drop", classesDirectory, jdbcUrl, user, password, settings);
  }

  private static void run(String action, Path classesDirectory, String jdbcUrl, String user, String password,
      Map<String, String> settings) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(new java.util.HashMap<String, Object>(settings))
        .applySetting("hibernate.connection.url", jdbcUrl)
        .applySetting("hibernate.connection.username", user == null ? "" : user)
        .applySetting("hibernate.connection.password", password == null ? "" : password)
        // Hibernate's own schema export, as an application configured with "create" runs it.
        .applySetting("jakarta.persistence.schema-generation.database.action", action)
        .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
        // The schemas the tables live in are created (and dropped) with them, as the migrations do.
        .applySetting("hibernate.hbm2ddl.create_namespaces", "true")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities(classesDirectory).forEach(sources::addAnnotatedClass);
      sources.buildMetadata().buildSessionFactory().close();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** The mapped classes, found the plain way: load every class and look at its annotations. */
  static List<Class<?>> entities(Path classesDirectory) {
    try (Stream<Path> files = Files.walk(classesDirectory)) {
      return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("-info"))
          .map(f -> classesDirectory.relativize(f).toString().replace('/', '.').replace('\\', '.'))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .sorted()
          .<Class<?>>map(HibernateExport::load)
          .filter(c -> c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class)
              || c.isAnnotationPresent(MappedSuperclass.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
