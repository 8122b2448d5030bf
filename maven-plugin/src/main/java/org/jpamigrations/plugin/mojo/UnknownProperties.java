package org.jpamigrations.plugin.mojo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code migrations.*} properties given on the command line that no goal reads: a typo
 * ({@code -Dmigrations.mesage}) would otherwise be ignored without a word, and the goal would run
 * as if it had not been given.
 */
final class UnknownProperties {

  static final String PREFIX = "migrations.";

  private UnknownProperties() {}

  /**
   * One warning per unknown property, naming the closest known one.
   *
   * @param given the property names the user set
   * @param known every property a goal of the plugin reads
   */
  static List<String> warnings(Collection<String> given, Set<String> known) {
    List<String> warnings = new ArrayList<>();
    for (String name : new TreeSet<>(given)) {
      if (name.startsWith(PREFIX) && !known.contains(name)) {
        String closest = known.stream().min(Comparator.comparingInt(k -> distance(k, name))).orElse(null);
        warnings.add("Unknown property " + name + ": no goal reads it"
            + (closest == null ? "." : ". Did you mean " + closest + "?"));
      }
    }
    return warnings;
  }

  /** Edit distance, ignoring case: how many letters to insert, delete or change to turn a into b. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int change = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
