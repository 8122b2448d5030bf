package org.jpamigrations.history;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpamigrations.operation.ExecuteJdbc;

/**
 * The text a checksum hashes (form 2): each operation written by the names of its record components,
 * not by {@code toString()}, so that what a checksum covers is decided here and nowhere else.
 *
 * <ul>
 *   <li>A record is {@code Name{a=...,b=...}}: its simple name, then its components sorted by name.
 *   <li>A component that is absent ({@code null}, {@code false}, an empty list or map, an empty optional)
 *       is left out. A field added to a model record with such a default therefore changes no checksum
 *       of a migration that does not use it.
 *   <li>Strings are quoted with {@code \} and {@code "} escaped; lists are {@code [x,y]} in order; enums
 *       are their names; numbers and {@code true} are as Java prints them.
 *   <li>Java code ({@link ExecuteJdbc}) counts by its description only: a lambda has no stable text.
 * </ul>
 *
 * Changing any of these rules changes every checksum: it needs a new form in {@link Checksums}.
 */
final class ChecksumText {

  /**
   * Each record type's components sorted by name, their accessors opened once: an upgrade with nothing to do
   * still writes the text of every applied migration.
   */
  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      return Arrays.stream(type.getRecordComponents())
          .sorted(Comparator.comparing(RecordComponent::getName))
          .map(Component::of)
          .toList();
    }
  };

  private record Component(String name, Method accessor) {
    static Component of(RecordComponent component) {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      return new Component(component.getName(), accessor);
    }
  }

  private ChecksumText() {}

  static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof ExecuteJdbc jdbc) {
      out.append("ExecuteJdbc{description=");
      write(jdbc.description(), out);
      out.append('}');
    } else if (value instanceof Record record) {
      writeRecord(record, out);
    } else if (value instanceof CharSequence text) {
      out.append('"').append(text.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else if (value instanceof Collection<?> items) {
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        out.append(first ? "" : ",");
        write(item, out);
        first = false;
      }
      out.append(']');
    } else if (value instanceof Optional<?> optional) {
      write(optional.orElse(null), out);
    } else if (value instanceof Enum<?> constant) {
      out.append(constant.name());
    } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      out.append(value);
    } else if (value == null) {
      out.append("null");
    } else {
      throw new IllegalStateException("No checksum text for " + value.getClass().getName()
          + ": model types must be records, lists, strings, numbers, booleans or enums");
    }
  }

  private static void writeRecord(Record record, StringBuilder out) {
    out.append(record.getClass().getSimpleName()).append('{');
    boolean first = true;
    for (Component component : COMPONENTS.get(record.getClass())) {
      Object value = valueOf(record, component);
      if (absent(value)) {
        continue;
      }
      out.append(first ? "" : ",").append(component.name()).append('=');
      write(value, out);
      first = false;
    }
    out.append('}');
  }

  private static boolean absent(Object value) {
    return value == null || Boolean.FALSE.equals(value)
        || value instanceof Collection<?> c && c.isEmpty()
        || value instanceof Map<?, ?> m && m.isEmpty()
        || value instanceof Optional<?> o && o.isEmpty();
  }

  private static Object valueOf(Record record, Component component) {
    try {
      return component.accessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.name() + " of " + record.getClass().getName(), e);
    }
  }
}
