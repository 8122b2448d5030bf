package org.jpamigrations.cli.command;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jpamigrations.cli.EnvironmentDefaults;
import org.jpamigrations.cli.MigrationsCli;
import org.jpamigrations.cli.classpath.ApplicationClassPath;
import org.jpamigrations.cli.classpath.IsolatedRun;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command that reaches a database takes: where it is, who connects, and the application whose
 * migrations run. A command adds its own options to the request the runner gets.
 */
public abstract class DatabaseCommand implements Callable<Integer> {

  static final String DEFAULT_PASSWORD_VARIABLE = "MIGRATIONS_PASSWORD";

  @Spec
  CommandSpec spec;

  @ParentCommand
  MigrationsCli root;

  @Option(names = "--url", paramLabel = "<jdbc-url>", order = 1,
      description = "The database's JDBC URL, such as jdbc:postgresql://db:5432/app (env MIGRATIONS_URL).")
  String url;

  @Option(names = "--user", order = 2, description = "The database user (env MIGRATIONS_USER).")
  String user;

  @Option(names = "--password-env", paramLabel = "<name>", order = 3,
      description = "The environment variable that holds the password; MIGRATIONS_PASSWORD by default."
          + " There is no --password: the process list would show it.")
  String passwordVariable;

  @Option(names = "--package", paramLabel = "<package>", order = 4,
      description = "The package of the migration classes, such as com.example.db.migrations"
          + " (env MIGRATIONS_PACKAGE).")
  String packageName;

  @Option(names = "--classpath", paramLabel = "<entries>", order = 5,
      description = "The application, separated by '${sys:path.separator}': its jar and dependency jars, a"
          + " classes directory, 'dir/*' for every jar of dir, or a Spring Boot jar (env MIGRATIONS_CLASSPATH).")
  String classPath;

  @Option(names = "--history-table", paramLabel = "<name>", order = 6,
      description = "The history table; jpa_migrations_history by default (env MIGRATIONS_HISTORY_TABLE).")
  String historyTable;

  @Option(names = "--dialect", order = 7,
      description = "A Hibernate dialect name or class, instead of the one detected (env MIGRATIONS_DIALECT).")
  String dialect;

  @Option(names = "--lock-timeout", paramLabel = "<duration>", order = 8, converter = DurationConverter.class,
      description = "How long to wait for another run's migration lock: 90s, 2m, PT1M; 60s by default.")
  Duration lockTimeout;

  @Option(names = {"-v", "--verbose"}, order = 20,
      description = "Print each SQL statement as it runs, and the stack trace of a failure.")
  boolean verbose;

  /** The request's command name: what the runner does. */
  abstract String command();

  /** Adds the command's own options to the request. */
  void addOptions(Map<String, String> request) {}

  @Override
  public Integer call() throws Exception {
    Map<String, String> request = new LinkedHashMap<>();
    request.put("command", command());
    request.put("url", required(url, "--url", "the database's JDBC URL"));
    put(request, "user", user);
    put(request, "password", password());
    request.put("package", required(packageName, "--package", "the package of the migration classes"));
    put(request, "historyTable", historyTable);
    put(request, "dialect", dialect);
    put(request, "lockTimeout", lockTimeout == null ? null : lockTimeout.toString());
    request.put("verbose", Boolean.toString(verbose));
    addOptions(request);
    String entries = required(classPath, "--classpath", "the application's jar and its dependencies");
    try (ApplicationClassPath application = ApplicationClassPath.open(entries)) {
      return IsolatedRun.run(application, request, spec.commandLine().getOut(), spec.commandLine().getErr());
    } catch (ApplicationClassPath.InvalidClassPathException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, entries);
    }
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

  private String required(String value, String option, String what) {
    if (value == null || value.isBlank()) {
      String variable = EnvironmentDefaults.variable(option);
      throw new ParameterException(spec.commandLine(), "Missing " + option + ": give " + what
          + (variable == null ? "" : " (or set " + variable + ")"));
    }
    return value.strip();
  }

  static void put(Map<String, String> request, String key, String value) {
    if (value != null && !value.isBlank()) {
      request.put(key, value);
    }
  }
}
