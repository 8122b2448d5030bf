package org.jpamigrations.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Optional;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.config.SpringSettings;
import org.junit.jupiter.api.Test;

class DatabaseChoiceTest {

  private static final String H2 = "jdbc:h2:file:/app/target/migrations-db/h2";
  private static final Optional<SpringSettings.DataSource> SPRING = Optional.of(new SpringSettings.DataSource(
      "jdbc:postgresql://db/app?user=app&password=inline", "app", "secret",
      "class path resource [config/application.yml] - 3:10"));

  @Test
  void migrationsUrlWinsAndSpringsCredentialsDoNotGoWithIt() {
    DatabaseChoice choice = DatabaseChoice.choose(" jdbc:h2:mem:x ", SPRING, H2);
    assertThat(choice.url()).isEqualTo("jdbc:h2:mem:x");
    assertThat(choice.describe()).isEqualTo("jdbc:h2:mem:x (migrations.url)");
    assertThat(choice.credentials(new ServerCredentials(null, null))).isEqualTo(new ServerCredentials(null, null));
  }

  @Test
  void springDataSourceIsTheDefaultWithItsCredentials() {
    DatabaseChoice choice = DatabaseChoice.choose(null, SPRING, H2);
    assertThat(choice.url()).isEqualTo("jdbc:postgresql://db/app?user=app&password=inline");
    assertThat(choice.describe()).isEqualTo("jdbc:postgresql://db/app?user=app&password=*** (spring.datasource.url"
        + " from class path resource [config/application.yml] - 3:10)");
    assertThat(choice.credentials(new ServerCredentials(null, null))).isEqualTo(new ServerCredentials("app", "secret"));
    assertThat(choice.credentials(new ServerCredentials("admin", null)))
        .isEqualTo(new ServerCredentials("admin", "secret"));
  }

  @Test
  void withoutEitherTheEmbeddedH2Default() {
    DatabaseChoice choice = DatabaseChoice.choose("  ", Optional.empty(), H2);
    assertThat(choice.url()).isEqualTo(H2);
    assertThat(choice.describe()).startsWith(H2 + " (the embedded H2 default");
  }

  @Test
  void theEmbeddedDefaultWithoutH2SaysToNameTheDatabase() throws Exception {
    DatabaseChoice choice = DatabaseChoice.choose(null, Optional.empty(), H2);
    // The project's class path without H2, as in a service whose databases are HSQLDB and MySQL.
    try (URLClassLoader withoutH2 = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> choice.requireEmbeddedDriver(withoutH2, "customers-service"))
          .isInstanceOf(MigrationException.class)
          .hasMessage("No database for customers-service: neither migrations.url nor spring.datasource.url is set,"
              + " and the embedded H2 database used then needs com.h2database:h2, which customers-service does not"
              + " depend on. Set migrations.url to the database the migrations are for, or add H2 to the"
              + " dependencies (test scope is enough) for a scratch database under target/.");
    }
    // With H2 on the class path, as in this test's, the default is used.
    choice.requireEmbeddedDriver(getClass().getClassLoader(), "app");
  }

  @Test
  void aNamedDatabaseNeedsNoH2() throws Exception {
    try (URLClassLoader withoutH2 = new URLClassLoader(new URL[0], null)) {
      DatabaseChoice.choose("jdbc:postgresql://db/app", Optional.empty(), H2).requireEmbeddedDriver(withoutH2, "app");
      DatabaseChoice.choose(null, SPRING, H2).requireEmbeddedDriver(withoutH2, "app");
    }
    assertThat(DatabaseChoice.choose(null, SPRING, H2).embedded()).isFalse();
  }
}
