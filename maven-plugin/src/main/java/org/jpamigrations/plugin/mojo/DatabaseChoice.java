package org.jpamigrations.plugin.mojo;

import java.util.Optional;
import org.jpamigrations.plugin.config.SpringSettings;

/**
 * The database the goals work on, and where it was chosen: {@code migrations.url} when given, else the
 * application's {@code spring.datasource.url}, else an embedded H2 file under {@code target/}.
 *
 * @param url the JDBC URL
 * @param source where it comes from, for the log
 * @param spring the Spring data source it comes from, whose user and password then apply; else {@code null}
 */
record DatabaseChoice(String url, String source, SpringSettings.DataSource spring) {

  static DatabaseChoice choose(String migrationsUrl, Optional<SpringSettings.DataSource> spring, String h2Default) {
    if (migrationsUrl != null && !migrationsUrl.isBlank()) {
      return new DatabaseChoice(migrationsUrl.trim(), "migrations.url", null);
    }
    if (spring.isPresent()) {
      return new DatabaseChoice(spring.get().url(), "spring.datasource.url from " + spring.get().origin(), spring.get());
    }
    return new DatabaseChoice(h2Default, "the embedded H2 default; set migrations.url or spring.datasource.url"
        + " for another database", null);
  }

  /**
   * The user and password to connect with: those given to the plugin (directly or through settings.xml),
   * else, for Spring's URL, {@code spring.datasource.username} and {@code password}.
   */
  ServerCredentials credentials(ServerCredentials given) {
    if (spring == null) {
      return given;
    }
    return new ServerCredentials(
        given.user() != null ? given.user() : spring.username(),
        given.password() != null ? given.password() : spring.password());
  }

  /** For the log: the URL, with any password in it masked, and its source. */
  String describe() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***") + " (" + source + ")";
  }
}
