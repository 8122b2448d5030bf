package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Schema;

/** Sets a table's comment, or removes it when {@code comment} is {@code null}. */
public record CommentOnTable(String table, String comment) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    return schema.replaceTable(table, t -> t.withComment(comment));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new CommentOnTable(table, before.table(table).comment()));
  }

  @Override
  public String describe() {
    return (comment == null ? "remove comment of table " : "comment on table ") + table;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
