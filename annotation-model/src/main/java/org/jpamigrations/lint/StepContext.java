package org.jpamigrations.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.Operation;

/**
 * Where an operation runs: the schema just before it, and the tables the same migration created before it,
 * which hold no rows and no running application uses yet, so locks and checks on them cost nothing.
 *
 * @param before the schema just before the step
 * @param createdAt the step (from 0) at which the migration creates each table it creates, by name key
 * @param step this step, from 0
 * @param lockTimeout whether its statements give up on a lock after a short wait ({@code @LockTimeout} on the
 *     migration, or the run-wide {@code migrations.ddlLockTimeout}) instead of queuing behind long transactions
 */
public record StepContext(Schema before, Map<String, Integer> createdAt, int step, boolean lockTimeout) {

  public StepContext {
    createdAt = Map.copyOf(createdAt); // the same map for every step of a migration: copied once
  }

  /**
   * The step at which the operations create each table, by name key: worked out once per migration, so that each
   * step's context shares it.
   */
  public static Map<String, Integer> tablesCreated(List<Operation> operations) {
    Map<String, Integer> created = new HashMap<>();
    for (int i = 0; i < operations.size(); i++) {
      if (operations.get(i) instanceof CreateTable create) {
        created.putIfAbsent(Names.key(create.table().name()), i);
      }
    }
    return Map.copyOf(created);
  }

  /** Whether the table existed before this migration, with rows and users. */
  public boolean existing(String table) {
    Integer created = createdAt.get(Names.key(table));
    return created == null || created >= step;
  }
}
