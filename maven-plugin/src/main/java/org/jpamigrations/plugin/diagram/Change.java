package org.jpamigrations.plugin.diagram;

/** What a migration did to a table, column or foreign key; {@link #UNCHANGED} everywhere in a plain schema. */
public enum Change {
  UNCHANGED,
  ADDED,
  DROPPED,
  CHANGED;

  /** Lower-case, as the renderers print it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
