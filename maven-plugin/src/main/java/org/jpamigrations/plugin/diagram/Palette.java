package org.jpamigrations.plugin.diagram;

/**
 * The three colours of a change, the same in every renderer so that a reader learns them once: green for what a
 * migration adds, red for what it drops, amber for what it changes. Destructive steps get a red border and a
 * warning sign on top, since colour alone is lost on a colour-blind reader or a black-and-white print.
 */
final class Palette {

  static final String DESTRUCTIVE_MARK = "\u26a0";

  private Palette() {}

  /**
   * A change's colours.
   *
   * @param stroke border, line and text accent
   * @param fill background
   * @param header a table header's background
   */
  record Colours(String stroke, String fill, String header) {}

  static Colours of(Change change) {
    return switch (change) {
      case ADDED -> new Colours("#2e7d32", "#e8f5e9", "#c8e6c9");
      case DROPPED -> new Colours("#c62828", "#ffebee", "#ffcdd2");
      case CHANGED -> new Colours("#e65100", "#fff3e0", "#ffe0b2");
      case UNCHANGED -> new Colours("#455a64", "#ffffff", "#eceff1");
    };
  }

  /**
   * What a column's line says besides its name and type: NOT NULL, its change (unless the whole table has it: every
   * column of an added table is added), what it was, a warning.
   */
  static String notes(DiagramTable table, DiagramColumn column) {
    StringBuilder notes = new StringBuilder(column.notNull() ? "NOT NULL" : "");
    boolean wholeTable = table.change() == Change.ADDED || table.change() == Change.DROPPED;
    if (column.change() != Change.UNCHANGED && !wholeTable) {
      append(notes, column.change().label());
    }
    if (column.was() != null) {
      append(notes, column.was());
    }
    if (column.destructive()) {
      append(notes, DESTRUCTIVE_MARK + " can lose data");
    }
    return notes.toString();
  }

  /** What follows a column's type in its box: its key markers and its notes. */
  static String remarks(DiagramTable table, DiagramColumn column) {
    return String.join(" ", column.keys(), notes(table, column)).trim();
  }

  /** A table's header: its name, what it was called, its change. */
  static String heading(DiagramTable table) {
    StringBuilder heading = new StringBuilder(table.destructive() ? DESTRUCTIVE_MARK + " " : "");
    heading.append(table.name());
    if (table.renamedFrom() != null) {
      heading.append(" (renamed from ").append(table.renamedFrom()).append(')');
    }
    return heading.toString();
  }

  private static void append(StringBuilder notes, String note) {
    if (!notes.isEmpty()) {
      notes.append("; ");
    }
    notes.append(note);
  }
}
