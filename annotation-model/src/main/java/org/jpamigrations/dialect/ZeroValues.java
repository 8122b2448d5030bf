package org.jpamigrations.dialect;

import java.sql.Types;
import org.hibernate.dialect.Dialect;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.SqlTypeCodes;

/**
 * The zero of a type as a SQL literal, for rows that must hold a value when a NOT NULL column comes
 * back on a table with rows: 0, false, an empty string, the first constant of an enum, the epoch.
 */
final class ZeroValues {

  private ZeroValues() {}

  static String of(ColumnType type, Dialect dialect, Vendor vendor, String column) {
    int code = type.code();
    if (type.values() != null && !type.values().isEmpty()) {
      return SqlTypeCodes.isInteger(code) ? "0" : "'" + type.values().get(0).replace("'", "''") + "'";
    }
    if (SqlTypeCodes.isInteger(code)) {
      return "0";
    }
    return switch (code) {
      case Types.NUMERIC, Types.DECIMAL, Types.FLOAT, Types.REAL, Types.DOUBLE -> "0";
      case Types.BOOLEAN, Types.BIT -> dialect.toBooleanValueString(false);
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR,
          Types.CLOB, Types.NCLOB -> vendor.emptyString();
      case Types.DATE -> vendor.temporalLiteral("date", "1970-01-01");
      case Types.TIME, Types.TIME_WITH_TIMEZONE -> vendor.temporalLiteral("time", "00:00:00");
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, SqlTypeCodes.TIMESTAMP_UTC ->
          vendor.temporalLiteral("timestamp", "1970-01-01 00:00:00");
      case SqlTypeCodes.UUID -> "'00000000-0000-0000-0000-000000000000'";
      default -> throw new MigrationException("Cannot fill column " + column + " of type " + type
          + " with a zero value: there is none for this type. Give the value in the migration,"
          + " op.fillNulls(table, column, \"<SQL value>\").");
    };
  }
}
