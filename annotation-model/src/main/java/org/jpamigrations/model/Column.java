package org.jpamigrations.model;

/**
 * A column.
 *
 * @param name column name ({@code `name`} when quoted)
 * @param type logical type
 * @param nullable whether it accepts NULL
 * @param identity whether the database generates its values (IDENTITY / auto increment)
 * @param defaultValue SQL default expression, verbatim, or {@code null}
 * @param generatedAs SQL expression the database computes the value from ({@code generated always as}),
 *     verbatim, or {@code null} for a column that holds what is written into it
 * @param comment comment, or {@code null}
 */
public record Column(
    String name, ColumnType type, boolean nullable, boolean identity, String defaultValue, String generatedAs,
    String comment) {

  public Column {
    Names.require(name, "A column");
    if (type == null) {
      throw new IllegalArgumentException("Column " + name + " must have a type");
    }
  }

  /** A nullable column of the given type. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, true, false, null, null, null);
  }

  public Column notNull() {
    return new Column(name, type, false, identity, defaultValue, generatedAs, comment);
  }

  public Column withNullable(boolean nullable) {
    return new Column(name, type, nullable, identity, defaultValue, generatedAs, comment);
  }

  public Column withIdentity() {
    return new Column(name, type, nullable, true, defaultValue, generatedAs, comment);
  }

  public Column withType(ColumnType type) {
    return new Column(name, type, nullable, identity, defaultValue, generatedAs, comment);
  }

  public Column withDefault(String defaultValue) {
    return new Column(name, type, nullable, identity, defaultValue, generatedAs, comment);
  }

  /** A column the database computes from this expression, as {@code @GeneratedColumn} maps it. */
  public Column withGeneratedAs(String expression) {
    return new Column(name, type, nullable, identity, defaultValue, expression, comment);
  }

  /** Whether the database computes its values, so that dropping it loses nothing that cannot be computed again. */
  public boolean generated() {
    return generatedAs != null;
  }

  public Column withComment(String comment) {
    return new Column(name, type, nullable, identity, defaultValue, generatedAs, comment);
  }

  public Column withName(String name) {
    return new Column(name, type, nullable, identity, defaultValue, generatedAs, comment);
  }
}
