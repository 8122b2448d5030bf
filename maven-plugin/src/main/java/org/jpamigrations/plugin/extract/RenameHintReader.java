package org.jpamigrations.plugin.extract;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.diff.RenameHints;
import org.jpamigrations.extract.SchemaExtractor;

/**
 * Reads the {@code @RenamedFrom} hints of the mapped classes: on an entity class for its table, on a
 * field or getter (of an entity or an embeddable) for its single column.
 *
 * <p>The annotation is matched by name and read reflectively, so that it is found whichever class
 * loader defined the project's copy of it.
 */
final class RenameHintReader {

  static final String RENAMED_FROM = "org.jpamigrations.hint.RenamedFrom";

  private RenameHintReader() {}

  static RenameHints read(Metadata metadata) {
    // Names as the extractor writes them: qualified only as far as the database supports.
    NameQualifierSupport qualifiers = metadata.getDatabase().getJdbcEnvironment().getNameQualifierSupport();
    RenameHints hints = RenameHints.NONE;
    for (PersistentClass entity : metadata.getEntityBindings()) {
      Class<?> type = mappedClass(entity);
      if (type == null) {
        continue;
      }
      List<String> tableHint = formerNames(type);
      if (!tableHint.isEmpty()) {
        hints = hints.withTable(SchemaExtractor.tableName(entity.getTable(), qualifiers), tableHint);
      }
      List<Property> properties = new ArrayList<>();
      if (entity.getIdentifierProperty() != null) {
        properties.add(entity.getIdentifierProperty());
      }
      properties.addAll(entity.getProperties());
      for (Property property : properties) {
        hints = property(hints, type, property, qualifiers);
      }
    }
    return hints;
  }

  /** Adds the hint of one attribute, and those inside it when it is embedded. */
  private static RenameHints property(
      RenameHints hints, Class<?> owner, Property property, NameQualifierSupport qualifiers) {
    Value value = property.getValue();
    if (value instanceof Collection) {
      return hints; // its columns live in another table, not on this attribute
    }
    if (value instanceof Component component) {
      Class<?> embedded = componentClass(component);
      if (embedded != null) {
        for (Property inner : component.getProperties()) {
          hints = property(hints, embedded, inner, qualifiers);
        }
      }
      return hints;
    }
    List<Selectable> selectables = value.getSelectables();
    if (selectables.size() != 1 || !(selectables.get(0) instanceof Column column)) {
      return hints;
    }
    List<String> former = attributeHint(owner, property.getName());
    if (former.isEmpty()) {
      return hints;
    }
    return hints.withColumn(SchemaExtractor.tableName(value.getTable(), qualifiers), column.getQuotedName(), former);
  }

  /** The former names in the element's {@code @RenamedFrom}; empty when it has none. */
  static List<String> formerNames(AnnotatedElement element) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      if (annotation.annotationType().getName().equals(RENAMED_FROM)) {
        try {
          Object value = annotation.annotationType().getMethod("value").invoke(annotation);
          return Arrays.stream((String[]) value).filter(name -> !name.isBlank()).map(String::strip).toList();
        } catch (ReflectiveOperationException | ClassCastException e) {
          throw new MigrationException("Cannot read @RenamedFrom on " + element + ": " + e
              + ". Use org.jpamigrations.hint.RenamedFrom from migrations-annotation-model.", e);
        }
      }
    }
    return List.of();
  }

  /**
   * The hint on the attribute: on its field, else on its getter, looked up in the class and its
   * superclasses (a mapped superclass declares attributes too). The hint may sit on either whatever
   * the access type, as JPA's own annotations may not.
   */
  private static List<String> attributeHint(Class<?> owner, String name) {
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name) && !formerNames(field).isEmpty()) {
          return formerNames(field);
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (method.getParameterCount() == 0
            && (method.getName().equals("get" + capitalized) || method.getName().equals("is" + capitalized))
            && !formerNames(method).isEmpty()) {
          return formerNames(method);
        }
      }
    }
    return List.of();
  }

  private static Class<?> mappedClass(PersistentClass entity) {
    try {
      return entity.getMappedClass();
    } catch (RuntimeException e) {
      return null; // a dynamic-map entity has no class to carry hints
    }
  }

  private static Class<?> componentClass(Component component) {
    try {
      return component.isDynamic() ? null : component.getComponentClass();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
