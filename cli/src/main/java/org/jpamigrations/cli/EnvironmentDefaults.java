package org.jpamigrations.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults from the environment for the options a deployment sets once (a Kubernetes Job, a Dockerfile):
 * {@code --url} from {@code MIGRATIONS_URL}, {@code --history-table} from {@code MIGRATIONS_HISTORY_TABLE}.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {

  /** The options read from the environment; their help names the variable. */
  static final Map<String, String> VARIABLES = Map.of(
      "--url", "MIGRATIONS_URL",
      "--user", "MIGRATIONS_USER",
      "--package", "MIGRATIONS_PACKAGE",
      "--classpath", "MIGRATIONS_CLASSPATH",
      "--history-table", "MIGRATIONS_HISTORY_TABLE",
      "--dialect", "MIGRATIONS_DIALECT");

  private final Map<String, String> environment;

  /** The variable an option defaults to, or {@code null}. */
  public static String variable(String option) {
    return VARIABLES.get(option);
  }

  EnvironmentDefaults(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (argument instanceof OptionSpec option) {
      String variable = VARIABLES.get(option.longestName());
      String value = variable == null ? null : environment.get(variable);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return argument.defaultValue();
  }
}
