package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/**
 * One schema change, as data. An operation can be applied to a schema model (which is how the schema
 * recorded by the migrations is rebuilt without a database), inverted against the schema it was
 * applied to (which is how {@code down()} is written), and rendered by a dialect or a code
 * generator through {@link OperationVisitor}.
 */
public sealed interface Operation
    permits CreateSchema, DropSchema,
        CreateTable, DropTable, RenameTable, CommentOnTable,
        AddColumn, DropColumn, AlterColumn, RenameColumn,
        AddForeignKey, DropForeignKey,
        AddUniqueConstraint, DropUniqueConstraint,
        AddPrimaryKey, DropPrimaryKey,
        AddCheckConstraint, DropCheckConstraint,
        CreateIndex, DropIndex,
        CreateSequence, AlterSequence, DropSequence,
        FillNulls, CopyValues, ExecuteSql, ExecuteJdbc {

  /**
   * The schema after this operation.
   *
   * @throws IllegalArgumentException when the operation does not fit the schema (a missing table, say)
   */
  Schema apply(Schema schema);

  /**
   * The operations that undo this one, given the schema it was applied to.
   *
   * @throws IrreversibleOperationException when it cannot be undone from the model alone
   */
  List<Operation> inverse(Schema before);

  /** Whether applying it to this schema can lose data (drop table, drop column, narrowing a type). */
  default boolean isDestructive(Schema before) {
    return false;
  }

  /** Whether it changes the schema model; SQL and JDBC work do not, and replay skips them. */
  default boolean changesSchema() {
    return true;
  }

  /** One line for logs: {@code add column users.email}. */
  String describe();

  <R> R accept(OperationVisitor<R> visitor);
}
