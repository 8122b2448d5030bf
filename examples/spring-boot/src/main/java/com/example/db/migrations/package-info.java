/**
 * Database migrations, oldest to newest by revision id.
 *
 * <p>Each class here is one step of the schema's history. Generate a new one after changing the
 * entities with {@code mvn migrations:generate -Dmigrations.message="..."}, review it, and commit
 * it with the entity change. Apply them with {@code mvn migrations:upgrade}; undo the last one with
 * {@code mvn migrations:downgrade}. Do not edit a migration once it has been applied to a shared
 * database: add a new one instead.
 */
package com.example.db.migrations;
