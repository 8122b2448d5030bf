package org.jpamigrations.plugin.mojo;

import java.util.Optional;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.plugin.config.SpringSettings;

/**
 * The database the goals work on, and where it was chosen: {@code migrations.url} when given, else the
 * application's {@code spring.datasource.url}, else an embedded H2 file under {@code target/}.
 *
 * @param url the JDBC URL
 * @param source where it comes from, for the log
 * @param spring the Spring data source it comes from, whose user and password then apply; else {@code null}
 * @param embedded whether it is the embedded H2 default, which nothing named
 */
record DatabaseChoice(String url, String source, SpringSettings.DataSource spring, boolean embedded) {

  static DatabaseChoice choose(String migrationsUrl, Optional<SpringSettings.DataSource> spring, String h2Default) {
    if (migrationsUrl != null && !migrationsUrl.isBlank()) {
      return new DatabaseChoice(migrationsUrl.trim(), "migrations.url", null, false);
    }
    if (spring.isPresent()) {
      return new DatabaseChoice(spring.get().url(), "spring.datasource.url from " + spring.get().origin(), spring.get(),
          false);
    }
    return new DatabaseChoice(h2Default, "the embedded H2 default; set migrations.url or spring.datasource.url"
        + " for another database", null, true);
  }

  /**
   * Fails where nothing names the database and the project cannot run the embedded H2 default: its database is
   * another one, and H2's missing driver would be the wrong thing to report.
   */
  void requireEmbeddedDriver(ClassLoader projectLoader, String module) {
    if (embedded && projectLoader.getResource("org/h2/Driver.class") == null) {
      throw new MigrationException("No database for " + module + ": neither migrations.url nor"
          + " spring.datasource.url is set, and the embedded H2 database used then needs com.h2database:h2, which "
          + module + " does not depend on. Set migrations.url to the database the migrations are for, or add H2 to"
          + " the dependencies (test scope is enough) for a scratch database under target/.");
    }
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
