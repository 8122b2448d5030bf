package org.jpamigrations.cli.runner;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime's messages name the Maven goals' properties (migrations.url) and goals (mvn migrations:repair);
 * on the command line the same advice is about options and commands.
 */
final class CliWords {

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("migrations.url", "--url"),
      Map.entry("migrations.user", "--user"),
      Map.entry("migrations.password", "the password (--password-env)"),
      Map.entry("migrations.package", "--package"),
      Map.entry("migrations.lockTimeout", "--lock-timeout"),
      Map.entry("migrations.ddlLockTimeout", "--ddl-lock-timeout"),
      Map.entry("migrations.ddlRetries", "--ddl-retries"),
      Map.entry("migrations.dialect", "--dialect"),
      Map.entry("migrations.contract=true", "--contract"),
      Map.entry("migrations.group", "--group"),
      Map.entry("mvn migrations:repair", "migrations repair"),
      Map.entry("mvn migrations:upgrade", "migrations upgrade"),
      Map.entry("mvn migrations:downgrade", "migrations downgrade"),
      Map.entry("mvn migrations:stamp", "migrations stamp"));

  private static final Pattern WORD = Pattern.compile(
      "(?<![\\w.])(mvn migrations:(?:repair|upgrade|downgrade|stamp)|migrations\\.(?:url|user|password|package"
          + "|lockTimeout|ddlLockTimeout|ddlRetries|dialect|contract=true|group))\\b");

  private CliWords() {}

  static String of(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = WORD.matcher(message);
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(text, Matcher.quoteReplacement(WORDS.get(m.group(1))));
    }
    return m.appendTail(text).toString();
  }
}
