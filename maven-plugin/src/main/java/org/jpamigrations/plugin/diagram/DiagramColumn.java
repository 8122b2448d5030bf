package org.jpamigrations.plugin.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a table box.
 *
 * @param name the column's name
 * @param type its type as the model prints it, without an enum's constants ({@code varchar(100)})
 * @param notNull whether it rejects NULL
 * @param primaryKey whether it belongs to the primary key
 * @param foreignKey whether it belongs to a foreign key
 * @param unique whether a unique constraint holds it alone
 * @param change what the migration did to it
 * @param was for a changed column, what it was before ({@code varchar(50) NULL}, or its old name); else {@code null}
 * @param destructive whether a step of the migration can lose its data
 */
public record DiagramColumn(
    String name, String type, boolean notNull, boolean primaryKey, boolean foreignKey, boolean unique,
    Change change, String was,
    boolean destructive) {

  /** The key markers, as ER diagrams write them: {@code PK}, {@code FK}, {@code UK}, several or none. */
  public String keys() {
    List<String> keys = new ArrayList<>();
    if (primaryKey) {
      keys.add("PK");
    }
    if (foreignKey) {
      keys.add("FK");
    }
    if (unique) {
      keys.add("UK");
    }
    return String.join(", ", keys);
  }
}
