package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.util.Map;
import org.jpamigrations.model.Schema;
import org.jpamigrations.diff.DiffResult;
import org.jpamigrations.diff.SchemaDiffer;
import org.jpamigrations.plugin.extract.MappedSchema;
import org.jpamigrations.plugin.extract.MappingReader;

/** What generate would write now: the entities compared with a recorded schema, nothing written. */
final class EntityChanges {

  private EntityChanges() {}

  static DiffResult detect(Path classesDirectory, ClassLoader classLoader, Map<String, String> hibernateSettings,
      Schema recorded, Reporter reporter) {
    return new SchemaDiffer().diff(recorded, mapped(classesDirectory, classLoader, hibernateSettings, reporter));
  }

  /** The schema the entities map to, with the Hibernate that read them reported. */
  static Schema mapped(Path classesDirectory, ClassLoader classLoader, Map<String, String> hibernateSettings,
      Reporter reporter) {
    MappedSchema mapped = MappingReader.readMapped(classesDirectory, classLoader, hibernateSettings);
    MappingLog.report(mapped.hibernate(), reporter);
    return mapped.schema();
  }
}
