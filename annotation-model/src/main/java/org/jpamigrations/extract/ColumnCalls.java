package org.jpamigrations.extract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;

/**
 * The two {@link Column} methods the extractor needs whose signatures differ between Hibernate 6.6
 * and 7: their last parameter is a {@code Mapping} in 6.6 and a {@code MappingContext} in 7, which
 * {@link Metadata} extends in each. They are looked up once on the Hibernate that loaded this class,
 * so that the same compiled extractor links against either version.
 */
final class ColumnCalls {

  private static final Method SQL_TYPE_CODE = find("getSqlTypeCode", 1);
  private static final Method COLUMN_SIZE = find("getColumnSize", 2);

  private ColumnCalls() {}

  /** The column's JDBC type code, as Hibernate resolves it for the metadata. */
  static int sqlTypeCode(Column column, Metadata metadata) {
    return (Integer) invoke(SQL_TYPE_CODE, column, metadata);
  }

  /** The column's length, precision and scale, as the dialect resolves them. */
  static Size columnSize(Column column, Dialect dialect, Metadata metadata) {
    return (Size) invoke(COLUMN_SIZE, column, dialect, metadata);
  }

  /** The public method whose last parameter {@link Metadata} extends: {@code Mapping} or {@code MappingContext}. */
  private static Method find(String name, int parameters) {
    for (Method method : Column.class.getMethods()) {
      Class<?>[] types = method.getParameterTypes();
      if (method.getName().equals(name)
          && types.length == parameters
          && (parameters == 1 || types[0] == Dialect.class)
          && types[parameters - 1].isAssignableFrom(Metadata.class)) {
        return method;
      }
    }
    throw new IllegalStateException("This Hibernate has no Column." + name + " the plugin can call: "
        + "it reads mappings with Hibernate 6.6 and 7");
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
