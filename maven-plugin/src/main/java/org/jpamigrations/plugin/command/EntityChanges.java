package org.jpamigrations.plugin.command;

import java.nio.file.Path;
import java.util.Map;
import org.jpamigrations.model.Schema;
import org.jpamigrations.plugin.diff.DiffResult;
import org.jpamigrations.plugin.diff.SchemaDiffer;
import org.jpamigrations.plugin.extract.MappingReader;

/** What generate would write now: the entities compared with a recorded schema, nothing written. */
final class EntityChanges {

  private EntityChanges() {}

  static DiffResult detect(
      Path classesDirectory, ClassLoader classLoader, Map<String, String> hibernateSettings, Schema recorded) {
    Schema mapped = MappingReader.read(classesDirectory, classLoader, hibernateSettings);
    return new SchemaDiffer().diff(recorded, mapped);
  }
}
