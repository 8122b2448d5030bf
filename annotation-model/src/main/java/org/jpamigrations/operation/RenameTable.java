package org.jpamigrations.operation;

import java.util.List;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;

/** Renames a table, keeping its rows; foreign keys that point at it follow. */
public record RenameTable(String from, String to) implements Operation {

  @Override
  public Schema apply(Schema schema) {
    if (schema.findTable(to).isPresent()) {
      throw new IllegalArgumentException("Cannot rename table " + from + " to " + to + ": " + to + " exists");
    }
    Schema renamed = schema.replaceTable(from, t -> t.withName(to));
    for (var table : renamed.tables()) {
      if (table.foreignKeys().stream().anyMatch(fk -> Names.same(fk.referencedTable(), from))) {
        renamed = renamed.replaceTable(table.name(), t -> t.withForeignKeys(t.foreignKeys().stream()
            .map(fk -> Names.same(fk.referencedTable(), from)
                ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete(), fk.definition())
                : fk)
            .toList()));
      }
    }
    return renamed;
  }

  @Override
  public List<Operation> inverse(Schema before) {
    // back to the name as the schema spells it, which may differ in case from the one given
    return List.of(new RenameTable(to, before.table(from).name()));
  }

  @Override
  public String describe() {
    return "rename table " + from + " to " + to;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
