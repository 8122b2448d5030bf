package org.jpamigrations.spring;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.jpamigrations.Migrations;
import org.jpamigrations.diff.ModelChanges;
import org.jpamigrations.extract.SchemaExtractor;
import org.jpamigrations.migration.MigrationException;

/**
 * Fails the EntityManagerFactory when the entities it was built from have changes that no migration
 * records: {@code migrations.fail-on-pending-model-changes}. It reads the metamodel the application really
 * booted with (its naming strategies, settings and Bean Validation constraints), which Hibernate hands
 * only to an integrator. The built-in Bean Validation integrator runs first, so its constraints are in.
 */
final class PendingModelChangesCheck implements Integrator {

  private static final System.Logger LOG = System.getLogger("org.jpamigrations");

  private final Migrations migrations;

  PendingModelChangesCheck(Migrations migrations) {
    this.migrations = migrations;
  }

  @Override
  public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
    // The extractor registers the unique keys of unique columns as the schema export would, under the
    // same names, so an export that runs afterwards finds them already there.
    ModelChanges changes = migrations.pendingModelChanges(SchemaExtractor.extract(metadata));
    if (!changes.isEmpty()) {
      throw new MigrationException(changes.describe()
          + "\nGenerate a migration for them (mvn migrations:generate -Dmigrations.message=\"...\") and ship it"
          + " with the entities, or set migrations.fail-on-pending-model-changes=false.");
    }
    LOG.log(System.Logger.Level.INFO, changes.describe());
  }
}
