package org.jpamigrations.diff;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.Table;

/**
 * Spots drops and adds that look like renames without a {@code @RenamedFrom} hint. They are still
 * generated as a drop and an add (the differ cannot know), but a warning says how to keep the data.
 */
final class LikelyRenames {

  private static final Set<Integer> CHARACTER = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
      Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
  private static final Set<Integer> NUMERIC = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
      Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE);

  private LikelyRenames() {}

  /**
   * One warning per table that drops exactly one column and adds exactly one of a compatible type
   * (other added columns of other types do not count: they cannot hold its values).
   */
  static List<String> columns(List<TableDiff> tables) {
    List<String> warnings = new ArrayList<>();
    for (TableDiff t : tables) {
      // a column dropped and added again under its own name (its generation changes) is no rename
      List<Column> dropped = t.droppedColumns().stream().filter(c -> t.regenerated(c.name()).isEmpty()).toList();
      if (dropped.size() != 1) {
        continue;
      }
      Column was = dropped.get(0);
      List<Column> candidates = t.addedColumns().stream()
          .filter(now -> t.regenerated(now.name()).isEmpty() && compatible(was, now))
          .toList();
      if (candidates.size() == 1) {
        warnings.add("Column " + t.before().name() + "." + was.name() + " is dropped and " + t.after().name() + "."
            + candidates.get(0).name() + " added: if this is a rename, mark the field @RenamedFrom(\""
            + Names.bare(was.name()) + "\") and generate again, or the data of " + was.name() + " is lost.");
      }
    }
    return warnings;
  }

  /** One warning per dropped table whose columns only one created table has, and the other way round. */
  static List<String> tables(List<TableDiff> tables) {
    List<Table> dropped = tables.stream().filter(TableDiff::dropped).map(TableDiff::before).toList();
    List<Table> created = tables.stream().filter(TableDiff::created).map(TableDiff::after).toList();
    List<String> warnings = new ArrayList<>();
    for (Table was : dropped) {
      List<Table> matches = created.stream().filter(now -> sameColumns(was, now)).toList();
      if (matches.size() == 1 && dropped.stream().filter(d -> sameColumns(d, matches.get(0))).count() == 1) {
        warnings.add("Table " + was.name() + " is dropped and " + matches.get(0).name()
            + " added with the same columns: if this is a rename, mark the entity @RenamedFrom(\""
            + Names.bare(was.name()) + "\") and generate again, or the rows of " + was.name() + " are lost.");
      }
    }
    return warnings;
  }

  private static boolean sameColumns(Table a, Table b) {
    return a.columns().size() == b.columns().size()
        && a.columns().stream().allMatch(c -> b.findColumn(c.name()).filter(d -> compatible(c, d)).isPresent());
  }

  /** The same type code, or both character or both numeric types: values could move across. */
  static boolean compatible(Column a, Column b) {
    int x = a.type().code();
    int y = b.type().code();
    return x == y || (CHARACTER.contains(x) && CHARACTER.contains(y)) || (NUMERIC.contains(x) && NUMERIC.contains(y));
  }
}
