package org.jpamigrations.diff;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.Operation;

/**
 * An enum mapped to a type of its own ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}: PostgreSQL's
 * {@code create type ... as enum}, a domain on H2 and Oracle) is declared apart from tables, which the
 * model does not hold: the migration would fail on the missing type, so the step to add by hand is named,
 * once, when no recorded column uses the type yet.
 */
final class NamedTypes {

  private NamedTypes() {}

  static List<String> warnings(Schema recorded, List<Operation> operations) {
    Set<String> types = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Operation op : operations) {
      List<Column> columns = op instanceof CreateTable create ? create.table().columns()
          : op instanceof AddColumn add ? List.of(add.column())
          : op instanceof AlterColumn alter ? List.of(alter.column())
          : List.of();
      columns.stream().map(NamedTypes::namedType).filter(Objects::nonNull).forEach(types::add);
    }
    recorded.tables().stream().flatMap(t -> t.columns().stream())
        .map(NamedTypes::namedType).filter(Objects::nonNull).forEach(types::remove);
    return types.stream()
        .map(type -> "Type " + type + " is an enum type of its own (SqlTypes.NAMED_ENUM), which the migration does not"
            + " create: add it with op.sql before the step that uses it (on PostgreSQL op.sql(\"create type " + type
            + " as enum ('A','B')\") with its values; a domain on H2 and Oracle, as Hibernate's export writes it), and"
            + " drop it in down() after the last one; or map the enum as a string.")
        .toList();
  }

  /** The name of the column's enum type of its own, or {@code null}. */
  private static String namedType(Column column) {
    int code = column.type().code();
    if (code != SqlTypeCodes.NAMED_ENUM && code != SqlTypeCodes.NAMED_ORDINAL_ENUM) {
      return null;
    }
    return column.type().definition() == null ? column.name() : column.type().definition();
  }
}
