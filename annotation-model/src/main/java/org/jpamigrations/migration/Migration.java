package org.jpamigrations.migration;

/**
 * A migration: one step of the schema's history. Implementations are annotated with
 * {@link Revision} and declare their changes through {@link Operations}; they run nothing
 * themselves, so the same class can be replayed into a model or applied to a database.
 *
 * <p>Implementations need a public no-argument constructor.
 */
public interface Migration {

  /** Declares the changes that move the schema from the parent revision to this one. */
  void up(Operations op);

  /** Declares the changes that undo {@link #up}, in reverse order. */
  void down(Operations op);
}
