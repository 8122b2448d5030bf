package org.jpamigrations.plugin.mojo;

import java.util.ArrayList;
import java.util.List;

/** Turns a Maven groupId into a valid Java package name. */
final class JavaNames {

  private JavaNames() {}

  /** The migrations package a project of this groupId has when it names none: {@code <groupId>.db.migrations}. */
  static String defaultMigrationsPackage(String groupId) {
    return packageFor(groupId) + ".db.migrations";
  }

  static String packageFor(String groupId) {
    List<String> parts = new ArrayList<>();
    for (String part : groupId.split("\\.")) {
      StringBuilder name = new StringBuilder();
      for (char c : part.toCharArray()) {
        name.append(Character.isJavaIdentifierPart(c) ? c : '_');
      }
      if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
        name.insert(0, '_');
      }
      parts.add(name.toString());
    }
    return String.join(".", parts);
  }
}
