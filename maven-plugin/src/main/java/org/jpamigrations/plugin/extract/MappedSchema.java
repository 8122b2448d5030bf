package org.jpamigrations.plugin.extract;

import org.jpamigrations.model.Schema;
import org.jpamigrations.diff.RenameHints;

/**
 * What the entities map: the schema, and the former names they declare with {@code @RenamedFrom}.
 *
 * @param schema the tables and sequences Hibernate's schema export would create
 * @param hints the declared former names of those tables and columns
 * @param hibernate the Hibernate that read the mapping
 */
public record MappedSchema(Schema schema, RenameHints hints, MappingHibernate hibernate) {}
