package org.jpamigrations.spring;

import org.jpamigrations.Migrations;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/migrations}: the applied, pending and failed migrations of the database. */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

  private final Migrations migrations;

  public MigrationsEndpoint(Migrations migrations) {
    this.migrations = migrations;
  }

  @ReadOperation
  public MigrationsReport migrations() {
    return MigrationsReport.of(migrations.status());
  }
}
