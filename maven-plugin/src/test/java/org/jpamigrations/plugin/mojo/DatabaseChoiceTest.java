package org.jpamigrations.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
}
