package org.jpamigrations.spring;

import org.jpamigrations.Migrations;

/**
 * Upgrades to {@code migrations.target} (the head by default); with {@code migrations.validate-on-start}
 * only validates, and with {@code migrations.baseline-on-empty} first stamps a database whose tables
 * exist without history.
 */
public record DefaultMigrationStrategy(MigrationsProperties properties) implements MigrationStrategy {

  @Override
  public void migrate(Migrations migrations) {
    if (properties.validateOnStart()) {
      migrations.validate();
      return;
    }
    if (properties.baselineOnEmpty()) {
      migrations.baselineIfUnversioned(blankToNull(properties.baselineRevision()));
    }
    migrations.upgrade(blankToNull(properties.target()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
