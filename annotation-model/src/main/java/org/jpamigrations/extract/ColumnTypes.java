package org.jpamigrations.extract;

import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.SqlTypeCodes;

/**
 * Turns a Hibernate type code and resolved size into a {@link ColumnType}, keeping only the size
 * parts that the type's DDL uses, so that models compare equal whatever Hibernate resolved for the
 * parts it ignores.
 */
public final class ColumnTypes {

  private ColumnTypes() {}

  static ColumnType of(int code, Size size, String definition) {
    ColumnType type = new ColumnType(code, null, null, null, definition);
    if (size == null) {
      return type;
    }
    // A LOB of no explicit length is sized by each database (MySQL's largest, 255 elsewhere): left open.
    boolean defaultLob = SqlTypeCodes.isLob(code) && size.getLength() != null && size.getLength() == Size.DEFAULT_LENGTH;
    if (hasLength(code) && size.getLength() != null && !defaultLob) {
      type = type.length(size.getLength());
    }
    if (hasPrecision(code) && size.getPrecision() != null) {
      type = type.precision(size.getPrecision());
    }
    if (hasScale(code) && size.getScale() != null) {
      type = type.scale(size.getScale());
    }
    return type;
  }

  /** Character, binary and LOB types: their DDL carries a length. */
  public static boolean hasLength(int code) {
    return SqlTypes.isCharacterOrClobType(code)
        || SqlTypes.isBinaryType(code)
        || code == SqlTypes.LONG32VARCHAR
        || code == SqlTypes.LONG32NVARCHAR
        || code == SqlTypes.LONG32VARBINARY;
  }

  /** Decimals, floating point, and temporal types with fractional seconds. */
  static boolean hasPrecision(int code) {
    return SqlTypes.isNumericOrDecimal(code)
        || SqlTypes.isFloatOrRealOrDouble(code)
        || (SqlTypes.hasTimePart(code) && code != SqlTypes.DATE)
        || code == SqlTypes.INTERVAL_SECOND;
  }

  /**
   * Types whose DDL lists the Java type's values (an enum's constants) or names its element type (a
   * basic array, {@code integer array}) rather than a size: no type code can stand for them, so the
   * model keeps Hibernate's type name verbatim.
   */
  static boolean dependsOnJavaType(int code) {
    return code == SqlTypes.ENUM
        || code == SqlTypes.NAMED_ENUM
        || code == SqlTypes.ORDINAL_ENUM
        || code == SqlTypes.NAMED_ORDINAL_ENUM
        || code == SqlTypes.ARRAY;
  }

  static boolean hasScale(int code) {
    return SqlTypes.isNumericOrDecimal(code) || code == SqlTypes.INTERVAL_SECOND;
  }
}
