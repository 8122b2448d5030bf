package org.jpamigrations.plugin.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;

/** The password stays out of every message: given, or written into the URL. */
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
  }
}
