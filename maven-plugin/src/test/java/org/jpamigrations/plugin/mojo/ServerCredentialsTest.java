package org.jpamigrations.plugin.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** migrations.serverId: credentials from settings.xml, the password encrypted as mvn --encrypt-password does. */
class ServerCredentialsTest {

  private static final String MASTER = "master-of-secrets";
  private static final String PASSWORD = "s3cret-db-pw";

  @TempDir Path home;
  private SettingsDecrypter decrypter;
  private Settings settings;

  @BeforeEach
  void encryptedSettings() throws Exception {
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    Path security = home.resolve("settings-security.xml");
    Files.writeString(security, "<settingsSecurity><master>"
        + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
        + "</master></settingsSecurity>");
    decrypter = new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));

    settings = new Settings();
    settings.addServer(server("prod-db", "app", cipher.encryptAndDecorate(PASSWORD, MASTER)));
    settings.addServer(server("plain-db", "reader", "plain-pw"));
    settings.addServer(server("broken-db", "app", "{notreallyencrypted=}"));
  }

  private static Server server(String id, String user, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(user);
    server.setPassword(password);
    return server;
  }

  @Test
  void anEncryptedPasswordIsDecrypted() {
    ServerCredentials credentials = ServerCredentials.resolve(settings, decrypter, "prod-db", null, null);

    assertThat(credentials.user()).isEqualTo("app");
    assertThat(credentials.password()).isEqualTo(PASSWORD);
    assertThat(credentials.toString()).doesNotContain(PASSWORD).contains("***");
  }

  @Test
  void aPlainPasswordIsTakenAsItIsAndDirectValuesWin() {
    assertThat(ServerCredentials.resolve(settings, decrypter, "plain-db", null, null))
        .isEqualTo(new ServerCredentials("reader", "plain-pw"));
    assertThat(ServerCredentials.resolve(settings, decrypter, "plain-db", "admin", "other"))
        .isEqualTo(new ServerCredentials("admin", "other"));
  }

  @Test
  void withoutServerIdTheDirectValuesAreUsed() {
    assertThat(ServerCredentials.resolve(settings, decrypter, " ", "sa", null))
        .isEqualTo(new ServerCredentials("sa", null));
  }

  @Test
  void anUnknownServerIdSaysWhatToAdd() {
    assertThatThrownBy(() -> ServerCredentials.resolve(settings, decrypter, "nope", null, null))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("No <server> with id 'nope' in Maven's settings.xml")
        .hasMessageContaining("<server><id>nope</id>");
  }

  @Test
  void aPasswordThatCannotBeDecryptedFailsWithoutShowingIt() {
    assertThatThrownBy(() -> ServerCredentials.resolve(settings, decrypter, "broken-db", null, null))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Cannot decrypt the password of server 'broken-db'")
        .hasMessageContaining("settings-security.xml")
        .hasMessageNotContaining("notreallyencrypted");
  }
}
