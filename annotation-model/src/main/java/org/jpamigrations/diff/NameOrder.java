package org.jpamigrations.diff;

import java.util.Comparator;
import java.util.Locale;
import org.jpamigrations.model.Names;

/** The order of generated operations: by name as a reader sees it, so the output is stable. */
final class NameOrder {

  static final Comparator<String> NAMES = Comparator
      .comparing((String name) -> Names.bare(name).toLowerCase(Locale.ROOT))
      .thenComparing(Comparator.naturalOrder());

  private NameOrder() {}
}
