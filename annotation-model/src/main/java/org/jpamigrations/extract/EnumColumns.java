package org.jpamigrations.extract;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.type.BasicType;
import org.hibernate.type.SqlTypes;
import org.jpamigrations.model.ColumnType;

/**
 * Reads what the database the mapping is read for hides and every other database needs: the constants
 * of an enum column, and which checks Hibernate derived from a column's type. An enum is a native
 * {@code enum (...)} on H2 and MySQL and a {@code varchar} with a check on PostgreSQL; the model keeps
 * the enum, stored by name in the character type or by ordinal in the integer type Hibernate uses where
 * there is no native one, and each dialect renders it (and the check) when a migration runs.
 */
final class EnumColumns {

  private EnumColumns() {}

  /**
   * The logical type of an enum column of a plain {@code @Enumerated} attribute, or {@code null} for any
   * other column: one with an {@code AttributeConverter}, or a type of its own
   * ({@code SqlTypes.NAMED_ENUM}), which only some databases have.
   */
  static ColumnType type(Column column, int code, Size size, String definition) {
    List<String> constants = constants(column);
    if (constants == null) {
      return null;
    }
    if (code == SqlTypes.TINYINT || code == SqlTypes.SMALLINT) {
      return new ColumnType(code, null, null, null, definition, constants);
    }
    if (code != SqlTypes.ENUM && !org.jpamigrations.model.SqlTypeCodes.isCharacter(code)) {
      return null;
    }
    long length = code != SqlTypes.ENUM && size != null && size.getLength() != null ? size.getLength()
        : column.getLength() != null ? column.getLength() : Size.DEFAULT_LENGTH;
    int characterCode = code != SqlTypes.ENUM ? code : characterCode(column, length);
    return new ColumnType(characterCode, length, null, null, definition, constants);
  }

  /**
   * The condition of the check Hibernate added to the column because of its type (for which
   * {@link #type} or the dialect at run time stands), or {@code null}: the one from the JDBC type
   * (a boolean as a number on Oracle), and for a plain enum the one from its constants.
   */
  static String impliedCheck(Column column, Dialect dialect) {
    if (!(column.getValue() instanceof BasicValue value) || value.getResolution() == null) {
      return null;
    }
    BasicType<?> type = value.getResolution().getLegacyResolvedBasicType();
    String name = column.getQuotedName(dialect);
    if (constants(column) != null) {
      return type.getCheckCondition(name, dialect);
    }
    return type.getJdbcType().getCheckCondition(name, type.getMappedJavaType(), type.getValueConverter(), dialect);
  }

  /** The constants' names of a plain enum attribute's column, or {@code null}. */
  private static List<String> constants(Column column) {
    if (!(column.getValue() instanceof BasicValue value)) {
      return null;
    }
    BasicValue.Resolution<?> resolution = value.resolve();
    if (resolution.getValueConverter() != null) {
      return null;
    }
    Class<?> type = resolution.getDomainJavaType().getJavaTypeClass();
    if (type == null || !type.isEnum()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
  }

  /** The character type Hibernate stores an enum's names in where there is no native enum type. */
  private static int characterCode(Column column, long length) {
    boolean nationalized = column.getValue() instanceof BasicValue value && value.isNationalized();
    if (length == 1) {
      return nationalized ? Types.NCHAR : Types.CHAR;
    }
    return nationalized ? Types.NVARCHAR : Types.VARCHAR;
  }
}
