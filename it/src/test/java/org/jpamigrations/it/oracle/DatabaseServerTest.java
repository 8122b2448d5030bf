package org.jpamigrations.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseServerTest {

  @Test
  void readsKindDatabaseAndOptionsFromThePostgresqlUrl() {
    DatabaseServer server = DatabaseServer.of("jdbc:postgresql://127.0.0.1:5432/shop?ssl=false", "postgres", null);

    assertThat(server.kind()).isEqualTo(DatabaseServer.Kind.POSTGRESQL);
    assertThat(server.database()).isEqualTo("shop");
    assertThat(server.password()).isEmpty();
    assertThat(server.urlOf("shop_expected")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/shop_expected?ssl=false");
    assertThat(server.serverUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/?ssl=false");
  }

  @Test
  void mariadbAndMysqlUrlsAreMariadbServers() {
    assertThat(DatabaseServer.of("jdbc:mariadb://localhost:3306/it_errors", "root", "").kind())
        .isEqualTo(DatabaseServer.Kind.MARIADB);
    assertThat(DatabaseServer.of("jdbc:mysql://localhost/app", "root", "").database()).isEqualTo("app");
    assertThat(DatabaseServer.of("jdbc:mariadb://localhost:3306/", "root", "").database()).isEmpty();
  }

  @Test
  void anH2UrlIsNoServer() {
    assertThat(DatabaseServer.of("jdbc:h2:file:/tmp/db/it_migrate_loop", "sa", "")).isNull();
    assertThat(DatabaseServer.of("jdbc:h2:mem:expected1;DB_CLOSE_DELAY=-1", "sa", "")).isNull();
  }

  @Test
  void aServerThatDoesNotAnswerIsNotReachable() {
    // Port 1 has no database server: the check says so instead of throwing.
    assertThat(DatabaseServer.of("jdbc:postgresql://127.0.0.1:1/test", "postgres", "").reachable()).isFalse();
    assertThat(DatabaseServer.of("jdbc:mariadb://127.0.0.1:1/test", "root", "").reachable()).isFalse();
  }

  @Test
  void refusesDatabaseNamesThatWouldNeedQuoting() {
    DatabaseServer server = DatabaseServer.of("jdbc:mariadb://127.0.0.1:1/test", "root", "");

    assertThatThrownBy(() -> server.recreate("it-migrate-loop")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it-migrate-loop");
  }
}
