package org.jpamigrations.lint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CopyValues;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.Operation;

/**
 * The steps that take a table lock on PostgreSQL which other sessions queue behind while it waits: every
 * {@code alter table}, {@code drop}, rename and plain {@code create index}. The online forms of constraints and
 * NOT NULL still take it, if only for a moment; only {@code concurrently} index steps do not.
 */
public final class LockingSteps {

  private LockingSteps() {}

  /** The table the step locks that way, if it does. */
  public static Optional<String> lockedTable(Operation operation) {
    boolean online = (operation instanceof CreateIndex index && index.online())
        || (operation instanceof DropIndex drop && drop.online());
    boolean rowsOrCatalogOnly = operation instanceof CommentOnTable || operation instanceof CopyValues
        || operation instanceof FillNulls;
    return online || rowsOrCatalogOnly ? Optional.empty() : StepTables.of(operation);
  }

  /** Whether the step locks a table that existed before the migration: a new one has no one to wait for. */
  public static boolean locksExisting(Operation operation, StepContext at) {
    return lockedTable(operation).filter(at::existing).isPresent();
  }

  /** Whether any step of the migration locks a table that existed before it. */
  public static boolean anyLocksExisting(Schema before, List<Operation> operations) {
    Map<String, Integer> created = StepContext.tablesCreated(operations);
    for (int i = 0; i < operations.size(); i++) {
      if (locksExisting(operations.get(i), new StepContext(before, created, i, false))) {
        return true;
      }
    }
    return false;
  }
}
