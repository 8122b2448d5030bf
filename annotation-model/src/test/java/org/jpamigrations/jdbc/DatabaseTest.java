package org.jpamigrations.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password stays out of every message, given or written into the URL; connection failures say what to do. */
class DatabaseTest {

  @Test
  void toStringShowsUrlAndUserButNoPassword() {
    assertThat(new Database("jdbc:h2:mem:x", "sa", "s3cret")).hasToString("jdbc:h2:mem:x as sa");
    assertThat(new Database("jdbc:postgresql://db/app?user=app&password=s3cret&ssl=true", null, null))
        .hasToString("jdbc:postgresql://db/app?user=app&password=***&ssl=true");
    assertThat(new Database("jdbc:sqlserver://db;user=app;pwd=s3cret;encrypt=true", null, null))
        .hasToString("jdbc:sqlserver://db;user=app;pwd=***;encrypt=true");
    assertThat(new Database("jdbc:mysql://app:s3cret@db:3306/app", null, null))
        .hasToString("jdbc:mysql://app:***@db:3306/app");
  }

  @Test
  void aFailedConnectionNamesTheDatabaseButNotThePassword() {
    Database database = new Database("jdbc:h2:tcp://127.0.0.1:1/nowhere;password=s3cret", "sa", "s3cret");

    assertThatThrownBy(() -> database.open(DatabaseTest.class.getClassLoader()))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Cannot connect to jdbc:h2:tcp://127.0.0.1:1/nowhere;password=*** as sa")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aDriverRepeatingThePasswordIsMasked() {
    assertThat(new Database("jdbc:h2:mem:x", "sa", "s3cret").hide("login s3cret refused")).isEqualTo("login *** refused");
    assertThat(new Database("jdbc:h2:mem:x", "sa", "x").hide("database \"x\" does not exist")).isEqualTo("database \"***\" does not exist");
  }

  @Test
  void aUrlWithoutJdbcSaysSo() {
    assertThatThrownBy(() -> new Database("postgresql://db/app?password=s3cret", "app", null))
        .isInstanceOf(MigrationException.class)
        .hasMessage("Database URL postgresql://db/app?password=*** does not start with jdbc: set migrations.url to"
            + " a JDBC URL, such as jdbc:postgresql://host:5432/db");
  }

  @Test
  void anH2FileAnotherProcessHoldsPointsToAutoServer(@TempDir Path directory) throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("app");
    // A second H2 engine, in a class loader of its own, stands for another process holding the file.
    URL h2 = org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader otherProcess = new URLClassLoader(new URL[] {h2}, ClassLoader.getPlatformClassLoader());
        Connection holder = new Database(url, "sa", "").open(otherProcess)) {
      assertThatThrownBy(() -> new Database(url, "sa", "").open(DatabaseTest.class.getClassLoader()))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("has the H2 file open: close it, or add ;AUTO_SERVER=TRUE to the URL");
    }
  }
}
