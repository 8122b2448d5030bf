package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Schema;

/**
 * Drops a table's primary key (not its columns, which stay NOT NULL). Foreign keys that reference it
 * must be dropped first.
 */
public record DropPrimaryKey(String table) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    PrimaryKey key = find(schema);
    for (ForeignKey fk : schema.foreignKeysReferencing(table)) {
      if (fk.referencedColumns().size() == key.columns().size() && fk.referencedColumns().stream()
          .allMatch(c -> key.columns().stream().anyMatch(k -> Names.same(c, k)))) {
        throw new IllegalArgumentException("Cannot drop the primary key of " + table + ": foreign key " + fk.name()
            + " references it; drop that first");
      }
    }
    return schema.replaceTable(table, t -> t.withPrimaryKey((PrimaryKey) null));
  }

  private PrimaryKey find(Schema schema) {
    PrimaryKey key = schema.table(table).primaryKey();
    if (key == null) {
      throw new IllegalArgumentException("Table " + table + " has no primary key");
    }
    return key;
  }

  @Override
  public List<Operation> inverse(Schema before) {
    return List.of(new AddPrimaryKey(table, find(before)));
  }

  @Override
  public String describe() {
    return "drop primary key on " + table;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
