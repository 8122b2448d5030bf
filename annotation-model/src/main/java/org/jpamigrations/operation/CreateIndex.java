package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Schema;

/**
 * Creates an index on a table. Online, it lets writes go on while the index is built where the database
 * can (PostgreSQL's {@code concurrently}, which must run outside a transaction; MySQL's
 * {@code algorithm=inplace, lock=none}).
 */
public record CreateIndex(String table, Index index, boolean online) implements Operation {

  /** Creates the index the plain way, which blocks writes to the table while it is built. */
  public CreateIndex(String table, Index index) {
    this(table, index, false);
  }

  @Override
  public Schema apply(Schema schema) {
    if (schema.table(table).findIndex(index.name()).isPresent()) {
      throw new IllegalArgumentException("Table " + table + " already has index " + index.name());
    }
    return schema.replaceTable(table, t -> t.withIndex(index));
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new DropIndex(table, index.name(), online));
  }

  @Override
  public String describe() {
    return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table
        + index.columns().stream().map(c -> index.isDescending(c) ? c + " desc" : c).toList()
        + (online ? " (online)" : "");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
