package org.jpamigrations.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.Operation;

/**
 * The online form of each step that has one, for {@code generate -Dmigrations.online=true}: steps on tables
 * that existed before the migration, since a table it creates is empty and unused.
 */
public final class OnlineForms {

  private OnlineForms() {}

  public static List<Operation> of(Schema before, List<Operation> operations) {
    Map<String, Integer> created = StepContext.tablesCreated(operations);
    List<Operation> online = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      online.add(onlineForm(operations.get(i), new StepContext(before, created, i, false)));
    }
    return online;
  }

  private static Operation onlineForm(Operation operation, StepContext at) {
    if (operation instanceof CreateIndex index && at.existing(index.table())) {
      return new CreateIndex(index.table(), index.index(), true);
    }
    if (operation instanceof DropIndex drop && at.existing(drop.table())) {
      return new DropIndex(drop.table(), drop.name(), true);
    }
    if (operation instanceof AddForeignKey fk && at.existing(fk.table())) {
      return new AddForeignKey(fk.table(), fk.foreignKey(), true);
    }
    if (operation instanceof AlterColumn alter && at.existing(alter.table())
        && alter.before(at.before()).nullable() && !alter.column().nullable()) {
      return new AlterColumn(alter.table(), alter.column(), true);
    }
    if (operation instanceof AddCheckConstraint check && at.existing(check.table())) {
      return new AddCheckConstraint(check.table(), check.check(), true);
    }
    return operation;
  }
}
