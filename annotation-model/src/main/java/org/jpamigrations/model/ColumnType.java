package org.jpamigrations.model;

/**
 * The logical type of a column, independent of any database: a JDBC type code (one of
 * {@link java.sql.Types} or Hibernate's {@code SqlTypes}) with its length, precision and scale.
 * Each dialect turns it into its own type name, the same one Hibernate would use.
 *
 * @param code JDBC type code
 * @param length length of character and binary types, or {@code null}
 * @param precision precision of numeric and temporal types, or {@code null}
 * @param scale scale of numeric types, or {@code null}
 * @param definition a verbatim SQL type ({@code @Column(columnDefinition)}) that overrides the code
 *     when rendering, or {@code null}
 */
public record ColumnType(int code, Long length, Integer precision, Integer scale, String definition) {

  public static ColumnType of(int code) {
    return new ColumnType(code, null, null, null, null);
  }

  public ColumnType length(long length) {
    return new ColumnType(code, length, precision, scale, definition);
  }

  public ColumnType precision(int precision) {
    return new ColumnType(code, length, precision, scale, definition);
  }

  public ColumnType scale(int scale) {
    return new ColumnType(code, length, precision, scale, definition);
  }

  /** The same type, rendered with this verbatim SQL type name on every database. */
  public ColumnType definedAs(String sqlType) {
    return new ColumnType(code, length, precision, scale, sqlType);
  }

  @Override
  public String toString() {
    if (definition != null) {
      return definition;
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
    return text.toString();
  }
}
