package org.jpamigrations.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Table;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/**
 * The renames that the hints ask for and the recorded schema allows, and the recorded schema with
 * them applied, which the rest of the comparison starts from.
 *
 * <p>A hint applies when the mapped name is missing from the recorded schema and a former name is
 * there, and no longer mapped. Any other hint is ignored: it stays true after its rename has been
 * generated, so it must do nothing then.
 *
 * @param operations the renames, tables first, then columns
 * @param renamed the recorded schema after them
 */
record Renames(List<Operation> operations, Schema renamed) {

  static Renames find(Schema recorded, Schema mapped, RenameHints hints) {
    List<Operation> operations = new ArrayList<>();
    Schema schema = recorded;
    for (Table table : mapped.tables()) {
      if (schema.findTable(table.name()).isPresent()) {
        continue;
      }
      for (String former : hints.formerTableNames(table.name())) {
        Optional<Table> old = schema.findTable(former);
        if (old.isPresent() && mapped.findTable(former).isEmpty()) {
          RenameTable rename = new RenameTable(old.get().name(), table.name());
          operations.add(rename);
          schema = rename.apply(schema);
          break;
        }
      }
    }
    for (Table table : mapped.tables()) {
      for (Column column : table.columns()) {
        Optional<Table> current = schema.findTable(table.name());
        if (current.isEmpty() || current.get().findColumn(column.name()).isPresent()) {
          continue;
        }
        for (String former : hints.formerColumnNames(table.name(), column.name())) {
          Optional<Column> old = current.get().findColumn(former);
          if (old.isPresent() && table.findColumn(former).isEmpty()) {
            RenameColumn rename = new RenameColumn(current.get().name(), old.get().name(), column.name());
            operations.add(rename);
            schema = rename.apply(schema);
            break;
          }
        }
      }
    }
    return new Renames(List.copyOf(operations), schema);
  }
}
