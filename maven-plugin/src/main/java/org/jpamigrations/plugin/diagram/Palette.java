package org.jpamigrations.plugin.diagram;

/**
 * The three colours of a change, the same in every renderer so that a reader learns them once: green for what a
 * migration adds, red for what it drops, amber for what it changes. Destructive steps get a red border and a
 * warning sign on top, since colour alone is lost on a colour-blind reader or a black-and-white print.
 */
final class Palette {

  static final String DESTRUCTIVE_MARK = "\u26a0";

  private Palette() {}

  /** Border and text accent. */
  static String stroke(Change change) {
    return switch (change) {
      case ADDED -> "#2e7d32";
      case DROPPED -> "#c62828";
      case CHANGED -> "#e65100";
      case UNCHANGED -> "#455a64";
    };
  }

  /** Background. */
  static String fill(Change change) {
    return switch (change) {
      case ADDED -> "#e8f5e9";
      case DROPPED -> "#ffebee";
      case CHANGED -> "#fff3e0";
      case UNCHANGED -> "#ffffff";
    };
  }

  /** Header background. */
  static String header(Change change) {
    return switch (change) {
      case ADDED -> "#c8e6c9";
      case DROPPED -> "#ffcdd2";
      case CHANGED -> "#ffe0b2";
      case UNCHANGED -> "#eceff1";
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
