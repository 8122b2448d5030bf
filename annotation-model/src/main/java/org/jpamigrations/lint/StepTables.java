package org.jpamigrations.lint;

import java.util.Optional;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CommentOnTable;
import org.jpamigrations.operation.CopyValues;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropForeignKey;
import org.jpamigrations.operation.DropIndex;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.DropUniqueConstraint;
import org.jpamigrations.operation.FillNulls;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/** The existing table a step works on, by the name it has before the step. */
public final class StepTables {

  private StepTables() {}

  /** The table, for steps on one table; empty for schemas, sequences, new tables and SQL. */
  public static Optional<String> of(Operation operation) {
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
    } else if (operation instanceof CreateIndex index) {
      table = index.table();
    } else if (operation instanceof DropIndex index) {
      table = index.table();
    } else if (operation instanceof DropTable drop) {
      table = drop.name();
    } else if (operation instanceof RenameTable rename) {
      table = rename.from();
    } else if (operation instanceof CommentOnTable comment) {
      table = comment.table();
    } else if (operation instanceof CopyValues copy) {
      table = copy.table();
    } else if (operation instanceof FillNulls fill) {
      table = fill.table();
    }
    return Optional.ofNullable(table);
  }
}
