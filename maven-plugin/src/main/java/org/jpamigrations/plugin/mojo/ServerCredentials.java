package org.jpamigrations.plugin.mojo;

import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.jpamigrations.migration.MigrationException;

/**
 * The database user and password: given directly, or from a {@code <server>} of Maven's settings.xml
 * ({@code migrations.serverId}), whose password may be encrypted the standard Maven way. A user or
 * password given directly wins over the server's.
 *
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}; never printed
 */
record ServerCredentials(String user, String password) {

  static ServerCredentials resolve(
      Settings settings, SettingsDecrypter decrypter, String serverId, String user, String password) {
    if (serverId == null || serverId.isBlank()) {
      return new ServerCredentials(user, password);
    }
    String id = serverId.trim();
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new MigrationException("No <server> with id '" + id + "' in Maven's settings.xml (migrations.serverId)."
          + " Add <server><id>" + id + "</id><username>..</username><password>..</password></server> to"
          + " ~/.m2/settings.xml, or remove migrations.serverId and set migrations.user and migrations.password.");
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    // Problems name the server and the cause (a missing settings-security.xml, a wrong master), not the secret.
    String problems = result.getProblems().stream()
        .filter(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)
        .map(SettingsProblem::getMessage)
        .collect(Collectors.joining("; "));
    if (!problems.isEmpty()) {
      throw new MigrationException("Cannot decrypt the password of server '" + id + "' in Maven's settings.xml: "
          + problems + ". Check ~/.m2/settings-security.xml (or -Dsettings.security) and the encrypted password"
          + " (mvn --encrypt-password).");
    }
    Server decrypted = result.getServer();
    return new ServerCredentials(
        user != null ? user : decrypted.getUsername(),
        password != null ? password : decrypted.getPassword());
  }

  @Override
  public String toString() {
    return "ServerCredentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
  }
}
