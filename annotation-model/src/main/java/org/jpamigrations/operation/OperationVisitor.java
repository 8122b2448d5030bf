package org.jpamigrations.operation;

/** Renders or inspects each kind of operation; the compiler checks that none is forgotten. */
public interface OperationVisitor<R> {
  R visit(CreateSchema op);

  R visit(DropSchema op);

  R visit(CreateTable op);

  R visit(DropTable op);

  R visit(RenameTable op);

  R visit(CommentOnTable op);

  R visit(AddColumn op);

  R visit(DropColumn op);

  R visit(AlterColumn op);

  R visit(RenameColumn op);

  R visit(AddForeignKey op);

  R visit(DropForeignKey op);

  R visit(AddUniqueConstraint op);

  R visit(DropUniqueConstraint op);

  R visit(AddPrimaryKey op);

  R visit(DropPrimaryKey op);

  R visit(AddCheckConstraint op);

  R visit(DropCheckConstraint op);

  R visit(CreateIndex op);

  R visit(DropIndex op);

  R visit(CreateSequence op);

  R visit(AlterSequence op);

  R visit(DropSequence op);

  R visit(FillNulls op);

  R visit(CopyValues op);

  R visit(ExecuteSql op);

  R visit(ExecuteJdbc op);
}
