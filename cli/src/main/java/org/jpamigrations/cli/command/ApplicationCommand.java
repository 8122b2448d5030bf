package org.jpamigrations.cli.command;

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
 * What every command takes: the application whose migrations run. A command adds its own options to the
 * request, which runs inside the application's class path.
 */
public abstract class ApplicationCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  MigrationsCli root;

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

  @Option(names = {"-v", "--verbose"}, order = 20,
      description = "Print each SQL statement as it runs, and the stack trace of a failure.")
  boolean verbose;

  /** The request's command name: what the runner does. */
  abstract String command();

  /** Adds the command's own options to the request. */
  abstract void addOptions(Map<String, String> request);

  @Override
  public Integer call() throws Exception {
    Map<String, String> request = new LinkedHashMap<>();
    request.put("command", command());
    request.put("package", required(packageName, "--package", "the package of the migration classes"));
    put(request, "historyTable", historyTable);
    request.put("verbose", Boolean.toString(verbose));
    addOptions(request);
    String entries = required(classPath, "--classpath", "the application's jar and its dependencies");
    try (ApplicationClassPath application = ApplicationClassPath.open(entries)) {
      return IsolatedRun.run(application, request, spec.commandLine().getOut(), spec.commandLine().getErr());
    } catch (ApplicationClassPath.InvalidClassPathException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, entries);
    }
  }

  /** The value, or a usage error that names the option and the variable it may come from. */
  String required(String value, String option, String what) {
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
