package org.jpamigrations.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/**
 * The steps that take a table lock on PostgreSQL which other sessions queue behind while it waits: every
 * {@code alter table}, {@code drop}, rename and plain {@code create index}. The online forms of constraints and
 * NOT NULL still take it, if only for a moment; only {@code concurrently} index steps do not.
 */
public final class LockingSteps {

  private LockingSteps() {}

  /** The table the step locks that way, if it does. */
  public static Optional<String> lockedTable(Operation operation) {
    String table = null;
    if (operation instanceof AddColumn add) {
      table = add.table();
    } else if (operation instanceof DropColumn drop) {
      table = drop.table();
    } else if (operation instanceof AlterColumn alter) {
      table = alter.table();
    } else if (operation instanceof RenameColumn rename) {
      table = rename.table();
    } else if (operation instanceof AddForeignKey fk) {
      table = fk.table();
    } else if (operation instanceof DropForeignKey fk) {
      table = fk.table();
    } else if (operation instanceof AddUniqueConstraint unique) {
      table = unique.table();
    } else if (operation instanceof DropUniqueConstraint unique) {
      table = unique.table();
    } else if (operation instanceof AddPrimaryKey key) {
      table = key.table();
    } else if (operation instanceof DropPrimaryKey key) {
      table = key.table();
    } else if (operation instanceof AddCheckConstraint check) {
      table = check.table();
    } else if (operation instanceof DropCheckConstraint check) {
      table = check.table();
    } else if (operation instanceof CreateIndex index && !index.online()) {
      table = index.table();
    } else if (operation instanceof DropIndex index && !index.online()) {
      table = index.table();
    } else if (operation instanceof DropTable drop) {
      table = drop.name();
    } else if (operation instanceof RenameTable rename) {
      table = rename.from();
    }
    return Optional.ofNullable(table);
  }

  /** Whether the step locks a table that existed before the migration: a new one has no one to wait for. */
  public static boolean locksExisting(Operation operation, StepContext at) {
    return lockedTable(operation).filter(at::existing).isPresent();
  }

  /** Whether any step of the migration locks a table that existed before it. */
  public static boolean anyLocksExisting(Schema before, List<Operation> operations) {
    Set<String> created = new HashSet<>();
    for (Operation operation : operations) {
      if (locksExisting(operation, new StepContext(before, created))) {
        return true;
      }
      if (operation instanceof CreateTable create) {
        created.add(create.table().name());
      }
    }
    return false;
  }
}
