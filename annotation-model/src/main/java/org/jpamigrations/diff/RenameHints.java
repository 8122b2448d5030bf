package org.jpamigrations.diff;

import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.model.Names;

/**
 * The former names that the entities declare with {@code @RenamedFrom}, by the name their table or
 * column has now. Kept beside the schema model, which knows nothing of annotations.
 *
 * @param tables former names of mapped tables
 * @param columns former names of mapped columns
 */
public record RenameHints(List<TableHint> tables, List<ColumnHint> columns) {

  public static final RenameHints NONE = new RenameHints(List.of(), List.of());

  /** Table {@code table} was once called one of {@code formerNames}. */
  public record TableHint(String table, List<String> formerNames) {
    public TableHint {
      formerNames = List.copyOf(formerNames);
    }
  }

  /** Column {@code column} of table {@code table} was once called one of {@code formerNames}. */
  public record ColumnHint(String table, String column, List<String> formerNames) {
    public ColumnHint {
      formerNames = List.copyOf(formerNames);
    }
  }

  public RenameHints {
    tables = List.copyOf(tables);
    columns = List.copyOf(columns);
  }

  public RenameHints withTable(String table, List<String> formerNames) {
    List<TableHint> more = new ArrayList<>(tables);
    more.add(new TableHint(table, formerNames));
    return new RenameHints(more, columns);
  }

  public RenameHints withColumn(String table, String column, List<String> formerNames) {
    List<ColumnHint> more = new ArrayList<>(columns);
    more.add(new ColumnHint(table, column, formerNames));
    return new RenameHints(tables, more);
  }

  /** The former names of the table, in the order declared; empty when there is no hint. */
  public List<String> formerTableNames(String table) {
    return tables.stream()
        .filter(h -> Names.same(h.table(), table))
        .flatMap(h -> h.formerNames().stream())
        .toList();
  }

  /** The former names of the column, in the order declared; empty when there is no hint. */
  public List<String> formerColumnNames(String table, String column) {
    return columns.stream()
        .filter(h -> Names.same(h.table(), table) && Names.same(h.column(), column))
        .flatMap(h -> h.formerNames().stream())
        .toList();
  }
}
