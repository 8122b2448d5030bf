package org.jpamigrations.spring;

import org.jpamigrations.Migrations;

/**
 * What the application does with its migrations at start-up, before JPA starts. Declare a bean of this
 * type to replace the default ({@link DefaultMigrationStrategy}), for instance to repair first or to
 * only report the status.
 */
@FunctionalInterface
public interface MigrationStrategy {

  /** Brings the database where the application needs it, or throws to stop the start-up. */
  void migrate(Migrations migrations);
}
