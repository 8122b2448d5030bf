package org.jpamigrations.plugin.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.jpamigrations.operation.RenameTable;

/**
 * Runs one migration's operations over the schema it starts from, step by step, to learn what comparing the
 * two schemas alone cannot tell: which tables and columns were renamed rather than dropped and added again, and
 * which steps can lose data (the same test the generator uses to mark a step DESTRUCTIVE).
 */
final class MigrationReplay {

  /** The key of each renamed table's current name, and the name it had before the migration. */
  private final Map<String, String> tableOrigins = new HashMap<>();
  /** Per current table key: the key of each renamed column's current name, and its name before the migration. */
  private final Map<String, Map<String, String>> columnOrigins = new HashMap<>();
  /** Keys of tables whose rows a step can lose: by the name they had before, as dropped tables are shown. */
  private final Set<String> destructiveTables = new HashSet<>();
  /** Per current table key, the keys of columns whose values a step can lose. */
  private final Map<String, Set<String>> destructiveColumns = new HashMap<>();
  private final List<String> destructiveSteps = new ArrayList<>();
  private Schema after;

  private MigrationReplay() {}

  /** A schema no migration changes: no renames, nothing lost. */
  static MigrationReplay unchanged(Schema schema) {
    MigrationReplay replay = new MigrationReplay();
    replay.after = schema;
    return replay;
  }

  /** Replays the migration's {@code up()} over {@code before}. */
  static MigrationReplay of(MigrationScript script, Schema before) {
    MigrationReplay replay = new MigrationReplay();
    Schema schema = before;
    for (Operation operation : script.up()) {
      if (!operation.changesSchema()) {
        continue;
      }
      if (operation.isDestructive(schema)) {
        replay.destructive(operation);
      }
      replay.follow(operation);
      schema = RevisionGraph.apply(script, List.of(operation), schema);
    }
    replay.after = schema;
    return replay;
  }

  Schema after() {
    return after;
  }

  List<String> destructiveSteps() {
    return List.copyOf(destructiveSteps);
  }

  /** The name the table had before the migration (its own name when it was not renamed). */
  String tableOrigin(String table) {
    return tableOrigins.getOrDefault(Names.key(table), table);
  }

  /** The name the column had before the migration (its own name when it was not renamed). */
  String columnOrigin(String table, String column) {
    return columnOrigins.getOrDefault(Names.key(table), Map.of()).getOrDefault(Names.key(column), column);
  }

  boolean destructiveTable(String nameBefore) {
    return destructiveTables.contains(Names.key(nameBefore));
  }

  boolean destructiveColumn(String table, String column) {
    return destructiveColumns.getOrDefault(Names.key(table), Set.of()).contains(Names.key(column));
  }

  private void destructive(Operation operation) {
    destructiveSteps.add(operation.describe());
    if (operation instanceof DropTable drop) {
      destructiveTables.add(Names.key(tableOrigin(drop.name())));
    } else if (operation instanceof DropColumn drop) {
      markColumn(drop.table(), drop.column());
    } else if (operation instanceof AlterColumn alter) {
      markColumn(alter.table(), alter.column().name());
    }
  }

  private void markColumn(String table, String column) {
    destructiveColumns.computeIfAbsent(Names.key(table), k -> new HashSet<>()).add(Names.key(column));
  }

  /** Moves what is known under a renamed table's or column's old name to its new one. */
  private void follow(Operation operation) {
    if (operation instanceof RenameTable rename) {
      String from = Names.key(rename.from());
      String to = Names.key(rename.to());
      tableOrigins.put(to, tableOrigins.getOrDefault(from, rename.from()));
      tableOrigins.remove(from);
      move(columnOrigins, from, to);
      move(destructiveColumns, from, to);
    } else if (operation instanceof RenameColumn rename) {
      String table = Names.key(rename.table());
      Map<String, String> origins = columnOrigins.computeIfAbsent(table, k -> new HashMap<>());
      String from = Names.key(rename.from());
      origins.put(Names.key(rename.to()), origins.getOrDefault(from, rename.from()));
      origins.remove(from);
      Set<String> marked = destructiveColumns.get(table);
      if (marked != null && marked.remove(from)) {
        marked.add(Names.key(rename.to()));
      }
    }
  }

  private static <V> void move(Map<String, V> map, String from, String to) {
    V value = map.remove(from);
    if (value != null) {
      map.put(to, value);
    }
  }
}
