package org.jpamigrations.model;

/**
 * A check constraint: a condition that every row of the table meets. Whether it was declared on a
 * column or on the table makes no difference to the database, so the model keeps both on the table.
 *
 * @param name constraint name; for a check the mapping leaves unnamed, {@link #named(String, String)} makes one
 * @param expression the condition, SQL text as the mapping gives it (without {@code check} and outer parentheses)
 */
public record CheckConstraint(String name, String expression) {

  public CheckConstraint {
    Names.require(name, "A check constraint");
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException("Check constraint " + name + " needs a condition");
    }
  }

  /**
   * A check that the mapping leaves unnamed, named {@code CK} and a hash of the table and the
   * condition: the same check always gets the same name, so a later migration can drop it, and a
   * changed condition gets another one. The hash keeps the name within 30 characters (older Oracle).
   */
  public static CheckConstraint named(String table, String expression) {
    return new CheckConstraint(generatedName(table, expression), expression);
  }

  /**
   * The name of the check a column's type implies on some databases (an enum's values), which the model
   * does not hold: the column's type says it all, and each database adds the check or not when it runs.
   */
  public static String impliedName(String table, String column) {
    return Names.hashed("CK", "table`" + Names.key(table) + "`column`" + Names.key(column) + "`");
  }

  /** The name {@link #named(String, String)} gives. */
  public static String generatedName(String table, String expression) {
    return Names.hashed("CK", "table`" + Names.key(table) + "`check`" + expression + "`");
  }
}
