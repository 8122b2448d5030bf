package org.jpamigrations.plugin.command;

import org.jpamigrations.plugin.extract.MappedSchema;
import org.jpamigrations.plugin.extract.MappingHibernate;
import org.jpamigrations.plugin.extract.MappingReader;

/** Says in the build log which Hibernate read the mapping: one info line only when it is not the plugin's version. */
final class MappingLog {

  private MappingLog() {}

  static void report(MappedSchema mapped, Reporter reporter) {
    MappingHibernate hibernate = mapped.hibernate();
    String plugins = MappingReader.pluginHibernateVersion();
    reporter.debug("Read the mapping with " + hibernate.describe() + " (the plugin carries Hibernate " + plugins + ")"
        + (mapped.kept() ? ", kept from its last read: the classes, class path and settings are unchanged" : ""));
    if (!hibernate.version().equals(plugins)) {
      reporter.info("Read the mapping with " + hibernate.describe() + ", not the plugin's " + plugins);
    }
  }
}
