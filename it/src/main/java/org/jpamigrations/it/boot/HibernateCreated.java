package org.jpamigrations.it.boot;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jpamigrations.it.oracle.SchemaOracle;
import org.jpamigrations.it.oracle.SchemaSnapshot;

/**
 * The oracle for an application: the same jar, started with its migrations off and Hibernate creating the
 * schema itself ({@code ddl-auto=create}) on a fresh database of the same kind, with every setting the
 * application runs with. The database the migrations built must have that schema.
 */
public final class HibernateCreated {

  private HibernateCreated() {}

  /**
   * @param args the arguments the migrated run had, but pointing at the fresh database
   * @param fresh opens the fresh database after Hibernate created its schema there
   * @param migrated opens the database the migrations built
   * @return the differences, none when the schemas are the same
   */
  public static List<String> differences(BootJar jar, String name, List<String> args, Callable<Connection> fresh,
      Callable<Connection> migrated, Duration timeout) throws Exception {
    List<String> created = new ArrayList<>(args);
    created.add("--spring.jpa.hibernate.ddl-auto=create");
    created.add("--migrations.enabled=false");
    created.add("--spring.sql.init.mode=never"); // data.sql waits for the migrations, which do not run here
    try (AppProcess app = jar.start(name + "-hibernate", created.toArray(String[]::new))) {
      int exit = app.waitFor(timeout);
      if (exit != 0) {
        throw new AssertionError(name + ": the application did not start with ddl-auto=create (exit " + exit + "):\n"
            + app.output());
      }
    }
    SchemaSnapshot expected;
    try (Connection connection = fresh.call()) {
      expected = SchemaSnapshot.read(connection, Set.of());
    }
    try (Connection connection = migrated.call()) {
      return expected.differences(SchemaSnapshot.read(connection, Set.of(SchemaOracle.HISTORY_TABLE)));
    }
  }
}
