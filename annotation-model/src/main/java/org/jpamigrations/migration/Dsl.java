package org.jpamigrations.migration;

import java.sql.Types;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.model.Table;

/**
 * Static factories that make migrations read like DDL: {@code import static
 * org.jpamigrations.migration.Dsl.*;} then {@code table("users").column(column("id", bigint()).notNull())}.
 * Types are logical; each database renders them with the type name Hibernate uses there.
 */
public final class Dsl {

  private Dsl() {}

  public static Table table(String name) {
    return Table.named(name);
  }

  public static Column column(String name, ColumnType type) {
    return Column.of(name, type);
  }

  public static ForeignKey.Builder foreignKey(String name, String... columns) {
    return ForeignKey.named(name, columns);
  }

  public static Index index(String name, String... columns) {
    return Index.of(name, columns);
  }

  public static Sequence sequence(String name) {
    return Sequence.of(name);
  }

  /** A check constraint, for {@code table(...).withCheck(check(...))}. */
  public static CheckConstraint check(String name, String expression) {
    return new CheckConstraint(name, expression);
  }

  // ---- types ----

  /** Any JDBC type code ({@link Types} or Hibernate's {@code SqlTypes}). */
  public static ColumnType type(int jdbcTypeCode) {
    return ColumnType.of(jdbcTypeCode);
  }

  public static ColumnType bool() {
    return type(Types.BOOLEAN);
  }

  public static ColumnType bit() {
    return type(Types.BIT);
  }

  public static ColumnType tinyint() {
    return type(Types.TINYINT);
  }

  public static ColumnType smallint() {
    return type(Types.SMALLINT);
  }

  public static ColumnType integer() {
    return type(Types.INTEGER);
  }

  public static ColumnType bigint() {
    return type(Types.BIGINT);
  }

  public static ColumnType real() {
    return type(Types.REAL);
  }

  public static ColumnType float_(int precision) {
    return type(Types.FLOAT).precision(precision);
  }

  public static ColumnType doublePrecision() {
    return type(Types.DOUBLE);
  }

  public static ColumnType numeric(int precision, int scale) {
    return type(Types.NUMERIC).precision(precision).scale(scale);
  }

  public static ColumnType decimal(int precision, int scale) {
    return type(Types.DECIMAL).precision(precision).scale(scale);
  }

  public static ColumnType character(long length) {
    return type(Types.CHAR).length(length);
  }

  public static ColumnType varchar(long length) {
    return type(Types.VARCHAR).length(length);
  }

  public static ColumnType nvarchar(long length) {
    return type(Types.NVARCHAR).length(length);
  }

  public static ColumnType clob() {
    return type(Types.CLOB);
  }

  public static ColumnType binary(long length) {
    return type(Types.BINARY).length(length);
  }

  public static ColumnType varbinary(long length) {
    return type(Types.VARBINARY).length(length);
  }

  public static ColumnType blob() {
    return type(Types.BLOB);
  }

  public static ColumnType date() {
    return type(Types.DATE);
  }

  public static ColumnType time(int precision) {
    return type(Types.TIME).precision(precision);
  }

  public static ColumnType timestamp(int precision) {
    return type(Types.TIMESTAMP).precision(precision);
  }

  public static ColumnType timestampWithTimeZone(int precision) {
    return type(Types.TIMESTAMP_WITH_TIMEZONE).precision(precision);
  }

  public static ColumnType uuid() {
    return type(SqlTypeCodes.UUID);
  }

  /**
   * An enum stored by name ({@code @Enumerated(STRING)}): a native {@code enum (...)} type where
   * Hibernate uses one (H2, MySQL, MariaDB), else {@code varchar(length)} ({@code char(1)} for length 1)
   * with a check constraint on the values.
   */
  public static ColumnType enumByName(long length, String... values) {
    return type(length == 1 ? Types.CHAR : Types.VARCHAR).length(length).enumOf(values);
  }

  /**
   * An enum stored by ordinal ({@code @Enumerated(ORDINAL)}, the JPA default): {@code tinyint}, or
   * {@code smallint} past 128 constants as Hibernate chooses, with a check constraint on the range.
   */
  public static ColumnType enumByOrdinal(String... values) {
    return type(values.length > 128 ? Types.SMALLINT : Types.TINYINT).enumOf(values);
  }

  public static ColumnType json() {
    return type(SqlTypeCodes.JSON);
  }
}
