package org.jpamigrations.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.Column;
import org.jpamigrations.model.ForeignKey;
import org.jpamigrations.model.Index;
import org.jpamigrations.model.Names;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.Schema;
import org.jpamigrations.model.Sequence;
import org.jpamigrations.model.Table;
import org.jpamigrations.model.UniqueConstraint;

/**
 * Brings a schema to one form so that equal schemas compare equal: unquoted names in lower case,
 * and every list whose order means nothing sorted by name. Column lists of keys keep their order.
 */
final class SchemaNormalizer {

  private SchemaNormalizer() {}

  static Schema normalize(Schema schema) {
    return new Schema(
        schema.tables().stream().map(SchemaNormalizer::table).sorted(Comparator.comparing(Table::name)).toList(),
        schema.sequences().stream()
            .map(s -> new Sequence(name(s.name()), s.start(), s.increment()))
            .sorted(Comparator.comparing(Sequence::name))
            .toList(),
        schema.namespaces().stream().map(SchemaNormalizer::name).sorted().toList());
  }

  private static Table table(Table t) {
    PrimaryKey pk = t.primaryKey() == null ? null
        : new PrimaryKey(t.primaryKey().name() == null ? null : name(t.primaryKey().name()), names(t.primaryKey().columns()));
    return new Table(
        name(t.name()),
        t.columns().stream().map(c -> c.withName(name(c.name()))).sorted(Comparator.comparing(Column::name)).toList(),
        pk,
        t.uniqueConstraints().stream()
            .map(u -> new UniqueConstraint(name(u.name()), names(u.columns())))
            .sorted(Comparator.comparing(UniqueConstraint::name))
            .toList(),
        t.foreignKeys().stream()
            .map(fk -> new ForeignKey(name(fk.name()), names(fk.columns()), name(fk.referencedTable()),
                names(fk.referencedColumns()), fk.onDelete(), fk.definition()))
            .sorted(Comparator.comparing(ForeignKey::name))
            .toList(),
        t.indexes().stream()
            .map(i -> new Index(name(i.name()), names(i.columns()), i.unique(), names(i.descending())))
            .sorted(Comparator.comparing(Index::name))
            .toList(),
        t.comment(),
        t.checks().stream()
            .map(c -> new CheckConstraint(name(c.name()), c.expression()))
            .sorted(Comparator.comparing(CheckConstraint::name))
            .toList());
  }

  private static List<String> names(List<String> names) {
    return names.stream().map(SchemaNormalizer::name).toList();
  }

  private static String name(String name) {
    return Names.isQuoted(name) ? name : name.toLowerCase(Locale.ROOT);
  }
}
