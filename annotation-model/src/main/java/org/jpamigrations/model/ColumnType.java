package org.jpamigrations.model;

import java.util.List;

/**
 * The logical type of a column, independent of any database: a JDBC type code (one of
 * {@link java.sql.Types} or Hibernate's {@code SqlTypes}) with its length, precision and scale.
 * Each dialect turns it into its own type name, the same one Hibernate would use.
 *
 * <p>An enum column is a character type (stored by name) or an integer type (stored by ordinal) with
 * the enum's constants in {@code values}: Hibernate stores it in a native {@code enum (...)} type on
 * some databases and in that character or integer type with a check constraint on the others, so the
 * model keeps what the mapping says, and each dialect renders it as Hibernate does there.
 *
 * @param code JDBC type code
 * @param length length of character and binary types, or {@code null}
 * @param precision precision of numeric and temporal types, or {@code null}
 * @param scale scale of numeric types, or {@code null}
 * @param definition a verbatim SQL type ({@code @Column(columnDefinition)}) that overrides the code
 *     when rendering, or {@code null}
 * @param values an enum's constants, in declaration order, or {@code null} for a column of any value
 */
public record ColumnType(int code, Long length, Integer precision, Integer scale, String definition, List<String> values) {

  public ColumnType {
    if (values != null) {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("An enum type needs at least one value");
      }
      if (!SqlTypeCodes.isCharacter(code) && !SqlTypeCodes.isInteger(code)) {
        throw new IllegalArgumentException("An enum is stored by name in a character type or by ordinal in an "
            + "integer type, not in " + SqlTypeCodes.name(code));
      }
    }
  }

  public ColumnType(int code, Long length, Integer precision, Integer scale, String definition) {
    this(code, length, precision, scale, definition, null);
  }

  public static ColumnType of(int code) {
    return new ColumnType(code, null, null, null, null);
  }

  public ColumnType length(long length) {
    return new ColumnType(code, length, precision, scale, definition, values);
  }

  public ColumnType precision(int precision) {
    return new ColumnType(code, length, precision, scale, definition, values);
  }

  public ColumnType scale(int scale) {
    return new ColumnType(code, length, precision, scale, definition, values);
  }

  /** The same type, rendered with this verbatim SQL type name on every database. */
  public ColumnType definedAs(String sqlType) {
    return new ColumnType(code, length, precision, scale, sqlType, values);
  }

  /** This character type holding an enum's constants by name, or this integer type holding their ordinals. */
  public ColumnType enumOf(String... values) {
    return new ColumnType(code, length, precision, scale, definition, List.of(values));
  }

  /** Whether the column holds an enum's constants. */
  public boolean isEnum() {
    return values != null;
  }

  /** Whether the column holds an enum's ordinals rather than its names. */
  public boolean byOrdinal() {
    return values != null && SqlTypeCodes.isInteger(code);
  }

  // The text form is part of every applied migration's checksum: a type without values prints as it always did.
  @Override
  public String toString() {
    if (definition != null) {
      return values == null ? definition : definition + " enum " + values;
    }
    StringBuilder text = new StringBuilder(SqlTypeCodes.name(code));
    if (length != null) {
      text.append('(').append(length).append(')');
    } else if (precision != null) {
      text.append('(').append(precision);
      if (scale != null) {
        text.append(',').append(scale);
      }
      text.append(')');
    }
    if (values != null) {
      text.append(" enum ").append(values);
    }
    return text.toString();
  }
}
