package org.jpamigrations.plugin.extract;

import org.jpamigrations.diff.RenameHints;
import org.jpamigrations.model.Schema;

/**
 * What the entities map: the schema, and the former names they declare with {@code @RenamedFrom}.
 *
 * @param schema the tables and sequences Hibernate's schema export would create
 * @param hints the declared former names of those tables and columns
 * @param hibernate the Hibernate that read the mapping
 * @param kept whether it is the last read's, kept because nothing it depends on has changed ({@link MappingCache})
 */
public record MappedSchema(Schema schema, RenameHints hints, MappingHibernate hibernate, boolean kept) {

  /** A mapping read now. */
  public MappedSchema(Schema schema, RenameHints hints, MappingHibernate hibernate) {
    this(schema, hints, hibernate, false);
  }

  MappedSchema asKept() {
    return new MappedSchema(schema, hints, hibernate, true);
  }
}
