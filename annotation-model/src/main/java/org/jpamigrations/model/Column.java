package org.jpamigrations.model;

/**
 * A column.
 *
 * @param name column name ({@code `name`} when quoted)
 * @param type logical type
 * @param nullable whether it accepts NULL
 * @param identity whether the database generates its values (IDENTITY / auto increment)
 * @param defaultValue SQL default expression, verbatim, or {@code null}
 * @param comment comment, or {@code null}
 */
public record Column(
    String name, ColumnType type, boolean nullable, boolean identity, String defaultValue, String comment) {

  public Column {
    Names.require(name, "A column");
    if (type == null) {
      throw new IllegalArgumentException("Column " + name + " must have a type");
    }
  }

  /** A nullable column of the given type. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, true, false, null, null);
  }

  public Column notNull() {
    return new Column(name, type, false, identity, defaultValue, comment);
  }

  public Column withNullable(boolean nullable) {
    return new Column(name, type, nullable, identity, defaultValue, comment);
  }

  public Column withIdentity() {
    return new Column(name, type, nullable, true, defaultValue, comment);
  }

  public Column withType(ColumnType type) {
    return new Column(name, type, nullable, identity, defaultValue, comment);
  }

  public Column withDefault(String defaultValue) {
    return new Column(name, type, nullable, identity, defaultValue, comment);
  }

  public Column withComment(String comment) {
    return new Column(name, type, nullable, identity, defaultValue, comment);
  }

  public Column withName(String name) {
    return new Column(name, type, nullable, identity, defaultValue, comment);
  }
}
