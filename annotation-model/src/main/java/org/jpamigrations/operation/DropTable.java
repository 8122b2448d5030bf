package org.jpamigrations.operation;

import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;

/** Drops a table and its rows. Destructive. */
public record DropTable(String name) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    for (Table other : schema.tablesReferencing(name)) {
      if (Names.same(other.name(), name)) {
        continue;
      }
      for (ForeignKey fk : other.foreignKeys()) {
        if (Names.same(fk.referencedTable(), name)) {
          throw new IllegalArgumentException("Cannot drop table " + name + ": foreign key " + fk.name()
              + " of table " + other.name() + " references it; drop that foreign key first");
        }
      }
    }
    return schema.withoutTable(name);
  }

  @Override
  public List<Operation> inverse(Schema before) {
    Table table = before.table(name);
    List<Operation> ops = new ArrayList<>();
    ops.add(new CreateTable(table.withoutForeignKeysAndIndexes()));
    for (Index index : table.indexes()) {
      ops.add(new CreateIndex(name, index));
    }
    for (ForeignKey fk : table.foreignKeys()) {
      ops.add(new AddForeignKey(name, fk));
    }
    return ops;
  }

  @Override
  public boolean isDestructive(Schema before) {
    return true;
  }

  @Override
  public String describe() {
    return "drop table " + name;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
