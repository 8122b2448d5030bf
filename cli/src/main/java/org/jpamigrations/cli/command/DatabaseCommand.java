package org.jpamigrations.cli.command;

import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What every command that connects to the database takes besides the application: where, and as whom. */
public abstract class DatabaseCommand extends ApplicationCommand {

  static final String DEFAULT_PASSWORD_VARIABLE = "MIGRATIONS_PASSWORD";

  @Option(names = "--url", paramLabel = "<jdbc-url>", order = 1,
      description = "The database's JDBC URL, such as jdbc:postgresql://db:5432/app (env MIGRATIONS_URL).")
  String url;

  @Option(names = "--user", order = 2, description = "The database user (env MIGRATIONS_USER).")
  String user;

  @Option(names = "--password-env", paramLabel = "<name>", order = 3,
      description = "The environment variable that holds the password; MIGRATIONS_PASSWORD by default."
          + " There is no --password: the process list would show it.")
  String passwordVariable;

  @Option(names = "--dialect", order = 7,
      description = "A Hibernate dialect name or class, instead of the one detected (env MIGRATIONS_DIALECT).")
  String dialect;

  @Option(names = "--lock-timeout", paramLabel = "<duration>", order = 8, converter = DurationConverter.class,
      description = "How long to wait for another run's migration lock: 90s, 2m, PT1M; 60s by default.")
  Duration lockTimeout;

  /** Adds the options of the command itself. */
  void addCommandOptions(Map<String, String> request) {}

  @Override
  final void addOptions(Map<String, String> request) {
    request.put("url", required(url, "--url", "the database's JDBC URL"));
    put(request, "user", user);
    put(request, "password", password());
    put(request, "dialect", dialect);
    put(request, "lockTimeout", lockTimeout == null ? null : lockTimeout.toString());
    addCommandOptions(request);
  }

  private String password() {
    Map<String, String> environment = root.environment();
    if (passwordVariable == null) {
      return environment.get(DEFAULT_PASSWORD_VARIABLE);
    }
    String password = environment.get(passwordVariable);
    if (password == null) {
      throw new ParameterException(spec.commandLine(), "The environment variable " + passwordVariable
          + " that --password-env names is not set: export it with the database password");
    }
    return password;
  }
}
